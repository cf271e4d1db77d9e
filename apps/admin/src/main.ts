import '@servicepack/ui/styles.css'
import './styles.css'
import { bootstrapApp, createAppI18n } from '@servicepack/ui'
import App from './App.vue'
import { messages } from './locales'
import { createAppRouter } from './router'

// login-required: a silent check in an iframe finds the session without leaving the page; without one,
// the sign-in page (and back to the page that was opened). Until the session is known App.vue shows a
// gate (connecting, or SSO unreachable).
await bootstrapApp({
  root: App,
  i18n: createAppI18n(messages),
  sso: { clientId: 'servicepack-admin', onLoad: 'login-required' },
  router: () => createAppRouter(),
})
