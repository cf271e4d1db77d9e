import { createAppRouter as createRouterWith } from '@servicepack/ui'
import type { Router, RouterHistory } from 'vue-router'
import { routes } from './routes'

/** App.vue shows the sign-in gate until the session is known; here only roles matter. */
export function createAppRouter(history?: RouterHistory): Router {
  return createRouterWith({ routes, history, defaultAccess: 'authenticated', signedOut: 'gate' })
}
