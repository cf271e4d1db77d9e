// `@servicepack/ui/vite`, for the apps' vite.config.ts (types in index.d.ts).
export { DEVTOOLS_MARKERS, defineAppConfig, featureFlags, IMMUTABLE, noDevtools, OPTIMIZED_DEPS, previewAssetCaching } from './app-config.js'
export { fontScale, scaleFontSize } from './font-scale.js'
export { fsAccess, PROJECT_DENY, VITE_DEFAULT_DENY, workspacePackageDirs } from './fs-access.js'
export { busyPortMessage, isPortBusy } from './port-check.js'
export { robotsTxt, sitemap, sitemapXml } from './sitemap.js'
export { initialJsBudget, initialJsSize, initialScripts, KB } from './initial-js.js'
