import '@servicepack/ui/styles.css'
import './styles.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { apiKey, createAppApi } from './api'
import { createAuthAdapter } from './auth'
import { isSsoCallback, rememberReturnPath, takeReturnPath } from './auth/return-path'
import { createAppI18n } from './locales'
import { createAppRouter } from './router'
import { useAuthStore } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
const i18n = createAppI18n()
document.documentElement.lang = i18n.global.locale.value
app.use(pinia).use(i18n)

const returningFromSso = isSsoCallback(location.hash)
if (!returningFromSso) rememberReturnPath(location)

const auth = useAuthStore(pinia)
app.provide(apiKey, createAppApi(auth.getToken))

// login-required: keycloak-js sends a visitor without a session to the sign-in page;
// until the session is known App.vue shows a gate (connecting, or SSO unreachable).
const session = auth.start(createAuthAdapter())
// Coming back from the sign-in page: let keycloak-js read and strip the code first.
if (returningFromSso) await session

const router = createAppRouter()
app.use(router)
// Back from the sign-in page (which returns to the root): open the page that was asked for.
const returnTo = returningFromSso ? takeReturnPath() : null
if (returnTo) void router.replace(returnTo)
app.mount('#app')
