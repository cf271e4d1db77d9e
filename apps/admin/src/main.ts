import '@servicepack/ui/styles.css'
import './styles.css'
import { bootstrapApp, createAppI18n } from '@servicepack/ui'
import App from './App.vue'
import { messages } from './locales'
import { createAppRouter } from './router'

// login-required: keycloak-js sends a visitor without a session to the sign-in page (and back to
// the page that was opened); until the session is known App.vue shows a gate (connecting, or SSO unreachable).
await bootstrapApp({
  root: App,
  i18n: createAppI18n(messages),
  sso: { clientId: 'servicepack-admin', onLoad: 'login-required' },
  router: () => createAppRouter(),
})
