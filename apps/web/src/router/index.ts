import { createAppRouter as createRouterWith } from '@servicepack/ui'
import type { Router, RouterHistory } from 'vue-router'
import { routes } from './routes'

/** Public pages are open to all; a visitor of a protected page is sent to the sign-in page. */
export function createAppRouter(history?: RouterHistory): Router {
  return createRouterWith({ routes, history, defaultAccess: 'public', signedOut: 'sign-in' })
}
