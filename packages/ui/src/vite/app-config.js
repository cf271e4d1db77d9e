// Plain JavaScript: Vite loads the apps' vite.config.ts with Node, which imports this package as is.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { mergeConfig } from 'vite'
import { defineConfig } from 'vitest/config'
import { fontScale } from './font-scale.js'
import { fsAccessPlugin } from './fs-access.js'
import { initialJsBudget } from './initial-js.js'
import { busyPortMessage, isPortBusy } from './port-check.js'

const require = createRequire(import.meta.url)

/**
 * `vite` (the dev server, not preview, not vitest): a busy port is one readable line and exit code 1,
 * instead of Vite's error with its stack trace.
 * @param {string} name
 * @returns {import('vite').Plugin}
 */
function portCheck(name) {
  return {
    name: 'servicepack:port-check',
    apply: (_config, env) => env.command === 'serve' && !env.isPreview && !process.env.VITEST,
    async configResolved(config) {
      const port = config.server.port
      if (config.server.middlewareMode || !port) return
      if (await isPortBusy(port)) {
        console.error(busyPortMessage(name, port))
        process.exit(1)
      }
    },
  }
}

/** How nginx serves a hashed asset that exists (deploy/nginx/nginx.conf): the name changes with the content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * `vite preview` (the browser tests' servers) serves the hashed assets as nginx does in production
 * (deploy/nginx/app-locations.conf): one that exists is cached for good (IMMUTABLE) instead of Vite's
 * `no-cache`, which made the browser ask again for each of the app's 90-odd scripts and style sheets on
 * every page it loaded; one that does not exist is a 404 that is not cached, where Vite answered the app's
 * index.html.
 * @returns {import('vite').Plugin}
 */
export function previewAssetCaching() {
  return {
    name: 'servicepack:preview-asset-caching',
    apply: (_config, env) => env.isPreview === true,
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0] ?? '' // hashed names are plain ASCII: an escaped one is no file
        if (!pathname.startsWith('/assets/')) return next()
        const file = path.join(outDir, path.normalize(pathname))
        if (!file.startsWith(outDir + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
          res.statusCode = 404
          res.setHeader('Cache-Control', 'no-store')
          return res.end()
        }
        const setHeader = res.setHeader.bind(res)
        res.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === 'cache-control' ? IMMUTABLE : value)
        next()
      })
    },
  }
}

/**
 * Compile-time flags of Vue and vue-i18n. Replacing them with constants lets the bundler drop the
 * devtools hooks (and vue-i18n's legacy API, which the apps do not use) from production builds; left
 * undefined, vue-i18n checks them at run time and ships its devtools code. Development keeps devtools:
 * the libraries enable them whenever `NODE_ENV` is not `production`.
 */
export const featureFlags = {
  __VUE_OPTIONS_API__: true,
  __VUE_PROD_DEVTOOLS__: false,
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  // `<i18n-t>` is used in templates without an import.
  __VUE_I18N_FULL_INSTALL__: true,
  __VUE_I18N_LEGACY_API__: false,
  __INTLIFY_PROD_DEVTOOLS__: false,
  // The messages are compiled at run time by the apps' own small compiler (locales/message-compiler.ts),
  // so vue-i18n's is dropped. Tests keep it (defineAppConfig) to compare the two on every message.
  __INTLIFY_DROP_MESSAGE_COMPILER__: true,
}

/** What betrays devtools code in a bundle: the hooks' globals, or a flag left for run time. */
export const DEVTOOLS_MARKERS = [
  '__VUE_DEVTOOLS_GLOBAL_HOOK__',
  '__VUE_DEVTOOLS_PLUGINS__',
  '__VUE_DEVTOOLS_KIT',
  '__VUE_PROD_DEVTOOLS__',
  '__INTLIFY_DEVTOOLS_GLOBAL_HOOK__',
  '__INTLIFY_PROD_DEVTOOLS__',
  '__VUE_INSPECTOR__',
]
const DEVTOOLS_MODULE = /[\\/](?:@vue[\\/]devtools-[a-z]+|vite-plugin-vue-devtools|vite-plugin-vue-inspector)[\\/]/

/**
 * `vite build`: fails the build when a chunk carries devtools code or is named after devtools.
 * @returns {import('vite').Plugin}
 */
export function noDevtools() {
  let nodeEnv = 'production'
  return {
    name: 'servicepack:no-devtools',
    apply: 'build',
    configResolved(config) {
      nodeEnv = config.isProduction ? 'production' : (process.env.NODE_ENV ?? config.mode)
    },
    generateBundle(_options, bundle) {
      const found = []
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue
        if (/devtools/i.test(file.fileName)) found.push(`${file.fileName}: a chunk named after devtools`)
        for (const marker of DEVTOOLS_MARKERS) if (file.code.includes(marker)) found.push(`${file.fileName}: ${marker}`)
        for (const [id, module] of Object.entries(file.modules)) {
          if (DEVTOOLS_MODULE.test(id) && module.renderedLength > 0) found.push(`${file.fileName}: ${id}`)
        }
      }
      if (!found.length) return
      const hint =
        nodeEnv === 'production'
          ? 'See featureFlags and the codeSplitting groups in packages/ui/src/vite/app-config.js.'
          : `This build ran with NODE_ENV=${nodeEnv}, so Vue, Pinia and vue-i18n kept their development code: build with NODE_ENV unset or 'production'.`
      this.error(`Devtools code in the production build:\n  ${found.join('\n  ')}\n${hint}`)
    },
  }
}

/**
 * What `vite` (the dev server) pre-bundles before the first page is served. Vite's scan of the
 * sources finds the plain imports, but not what plugins add while transforming: Element Plus's
 * component styles come from unplugin-vue-components as each page is first compiled, so without this
 * list every new page of a fresh dev server re-bundled the dependencies ("new dependencies
 * optimized … reloading") and answered the modules in flight with "504 Outdated Optimize Dep".
 * Entries must resolve from the app (their own dependencies); e2e/scripts/dev-first-load.ts checks it.
 */
export const OPTIMIZED_DEPS = [
  'vue',
  'vue-router',
  'pinia',
  'vue-i18n',
  'keycloak-js',
  'element-plus',
  'element-plus/es',
  ...elementPlusStyles(),
  'element-plus/es/locale/lang/zh-cn',
  'element-plus/es/locale/lang/en',
  '@element-plus/icons-vue',
  '@servicepack/ui > @servicepack/api-client > openapi-fetch',
]

/**
 * Every Element Plus component's CSS entry (`element-plus/es/components/<name>/style/css`), listed
 * one by one: Vite 8 expands an include glob through the package's `exports`, whose `./es/*` entry names
 * the type declarations first, so `element-plus/es/components/*\/style/css` matches nothing.
 * @returns {string[]}
 */
function elementPlusStyles() {
  try {
    const root = path.dirname(require.resolve('element-plus/package.json'))
    const components = path.join(root, 'es/components')
    return fs
      .readdirSync(components)
      .filter((name) => fs.existsSync(path.join(components, name, 'style/css.mjs')))
      .map((name) => `element-plus/es/components/${name}/style/css`)
  } catch {
    return [] // not installed here: nothing to pre-bundle
  }
}

/**
 * The apps' Vite and Vitest configuration: Vue, Element Plus on demand, a fixed port, happy-dom tests,
 * a dev server that serves only the app, the workspace packages it uses and node_modules (never
 * `.data`, where the dev SSO's private key and PostgreSQL's files are; see fs-access.js), and
 * production builds without devtools and, with `initialJsKb`, within that budget of initial JS.
 * @param {import('./index').AppConfigOptions} options
 */
export function defineAppConfig({ name, port, initialJsKb, overrides = {} }) {
  // Element Plus on demand; no CSS under vitest (node cannot import .css files).
  const elementPlus = ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })
  const shared = defineConfig({
    plugins: [
      vue(),
      AutoImport({ resolvers: [elementPlus], dts: 'src/auto-imports.d.ts' }),
      Components({ resolvers: [elementPlus], dts: false }),
      portCheck(name),
      fsAccessPlugin(),
      noDevtools(),
      previewAssetCaching(),
      ...(initialJsKb ? [initialJsBudget(name, initialJsKb)] : []),
    ],
    define: process.env.VITEST ? { ...featureFlags, __INTLIFY_DROP_MESSAGE_COMPILER__: false } : featureFlags,
    // 长辈模式: every px font size follows `--sp-font-scale` (font-scale.js).
    css: { postcss: { plugins: [fontScale()] } },
    optimizeDeps: { include: OPTIMIZED_DEPS },
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The framework in one chunk of its own, named for what it is: otherwise Rolldown may name
            // the shared chunk after vue-router's internal `devtools-*.js` file, which holds the
            // router's core (its devtools part is dropped by `__VUE_PROD_DEVTOOLS__: false`).
            groups: [{ name: 'vue', test: /[\\/]node_modules[\\/](?:vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/ }],
          },
        },
      },
    },
    server: { port, strictPort: true },
    preview: { port, strictPort: true },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts'],
      setupFiles: ['settle-imports.ts', 'element-to-string.ts'].map((file) => fileURLToPath(new URL(`../testing/${file}`, import.meta.url))),
      // Component tests mount whole pages with Element Plus; on a loaded 2-core machine one can take
      // several seconds. The limit catches hangs, not slowness (timings belong in bench/).
      testTimeout: 20_000,
      // A worker's spec files share its imported modules (Vue, Element Plus, vue-i18n, the app): each
      // spec builds its own router, Pinia, i18n and fake API (src/testing/setup.ts), so what they would
      // not share is only importing them again per file — a third of the apps' test time (web 106 → 74
      // CPU s, admin 76 → 44; both pass with the files in shuffled orders too).
      isolate: false,
    },
  })
  return mergeConfig(shared, overrides)
}
