import '@servicepack/ui/styles.css'
// Styles of the Element Plus services called from code (templates get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { apiKey, createAppApi } from './api'
import { createAuthAdapter, takeReturnTo } from './auth'
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
const session = auth.start(createAuthAdapter())
const backFromSignIn = /[#&](state|code|error)=/.test(location.hash)
if (backFromSignIn) await session

const router = createAppRouter()
app.use(router)
app.mount('#app')

void session.then(() => {
  if (auth.status !== 'authenticated') return
  // Back from the sign-in page: to the page that asked for it, or an enterprise's home, its service pack.
  const returnTo = takeReturnTo() ?? (backFromSignIn && auth.viewer.roles.includes('enterprise') ? '/package' : null)
  if (returnTo) void router.replace(returnTo)
})
