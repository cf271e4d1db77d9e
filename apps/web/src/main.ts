import '@servicepack/ui/styles.css'
// Styles of the Element Plus services called from code (templates get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { apiKey, createAppApi } from './api'
import { createAuthAdapter, rememberLandingPage, takeLandingPage, takeReturnTo } from './auth'
import { createAppI18n } from './locales'
import { createAppRouter } from './router'
import { useAuthStore } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
const i18n = createAppI18n()
document.documentElement.lang = i18n.global.locale.value
app.use(pinia).use(i18n)

const auth = useAuthStore(pinia)
app.provide(apiKey, createAppApi(auth.getToken))

// Public pages render at once; the session is looked up in the background
// (or first, when we are coming back from the login page with a code in the URL).
const backFromSignIn = /[#&](state|code|error)=/.test(location.hash)
// keycloak-js may check the session with a full-page round trip to the SSO (when the silent check
// cannot use its cookies); that round trip lands on the site root, so remember the page first.
if (!backFromSignIn) rememberLandingPage(location.pathname + location.search)
const session = auth.start(createAuthAdapter())
if (backFromSignIn) await session

const router = createAppRouter()
app.use(router)
app.mount('#app')

void session.then(() => {
  const landing = takeLandingPage()
  if (!backFromSignIn) return
  // Back from the SSO: to the page that asked for a sign-in, else the page of the session check's
  // round trip, else (a sign-in from the start page) an enterprise's home, its service pack.
  const enterpriseHome = auth.status === 'authenticated' && auth.viewer.roles.includes('enterprise') ? '/package' : null
  const target = (auth.status === 'authenticated' ? takeReturnTo() : null) ?? landing ?? enterpriseHome
  if (target && target !== router.currentRoute.value.fullPath) void router.replace(target)
})
