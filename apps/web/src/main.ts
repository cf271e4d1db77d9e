import '@servicepack/ui/styles.css'
// Styles of the Element Plus services called from code (templates get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import { bootstrapApp, createLazyAppI18n } from '@servicepack/ui'
import App from './App.vue'
import zhCN from './locales/zh-CN'
import { createAppRouter } from './router'

// Public pages render at once; the session is looked up in the background. Coming back from an
// explicit sign-in that asked for no page, an enterprise lands on its service pack; a session check's
// round trip through the SSO returns to the page that was opened.
await bootstrapApp({
  root: App,
  // Chinese ships with the first page; English is its own chunk, loaded when chosen.
  i18n: await createLazyAppI18n({ 'zh-CN': zhCN, en: () => import('./locales/en') }),
  sso: { clientId: 'servicepack-web', onLoad: 'check-sso' },
  router: () => createAppRouter(),
  home: (viewer) => (viewer.roles.includes('enterprise') ? '/package' : null),
})
