import '@servicepack/ui/styles.css'
import './styles.css'
// Styles of the Element Plus services called from code (templates get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import { bootstrapApp, createLazyAppI18n } from '@servicepack/ui'
import App from './App.vue'
import zhCN from './locales/zh-CN'
import { createAppRouter } from './router'

// login-required: a silent check in an iframe finds the session without leaving the page; without one,
// the sign-in page (and back to the page that was opened). Until the session is known App.vue shows a
// gate (connecting, or SSO unreachable).
await bootstrapApp({
  root: App,
  // Chinese ships with the first page; English is its own chunk, loaded when chosen.
  i18n: await createLazyAppI18n({ 'zh-CN': zhCN, en: () => import('./locales/en') }),
  sso: { clientId: 'servicepack-admin', onLoad: 'login-required' },
  router: () => createAppRouter(),
})
