import '@servicepack/ui/styles.css'
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
if (/[#&](state|code|error)=/.test(location.hash)) await session

const router = createAppRouter()
app.use(router)
app.mount('#app')

void session.then(() => {
  const returnTo = takeReturnTo()
  if (returnTo && auth.status === 'authenticated') void router.replace(returnTo)
})
