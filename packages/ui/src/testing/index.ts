export { createAppContext, type AppContextOptions } from './app-context'
export { fakeAuth, testUsers } from './fake-auth'
export { healthyBody, json, type FakeFetch } from './fetch'
export { testI18n } from './i18n'
