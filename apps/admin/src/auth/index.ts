import { createKeycloakAdapter, oidcConfigFromEnv, type AuthAdapter } from '@servicepack/ui/auth'

/** Back office: nothing is public, keycloak-js sends the browser to the sign-in page at once. */
export function createAuthAdapter(): AuthAdapter {
  return createKeycloakAdapter({
    ...oidcConfigFromEnv(import.meta.env, 'servicepack-admin'),
    onLoad: 'login-required',
  })
}
