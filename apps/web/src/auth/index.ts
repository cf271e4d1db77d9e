import { createKeycloakAdapter, oidcConfigFromEnv, type AuthAdapter } from '@servicepack/ui/auth'

/** Public site: look for an existing session silently; pages stay readable without one. */
export function createAuthAdapter(): AuthAdapter {
  return createKeycloakAdapter({
    ...oidcConfigFromEnv(import.meta.env, 'servicepack-web'),
    onLoad: 'check-sso',
  })
}

const RETURN_TO = 'servicepack.returnTo'

/** Where to go after sign-in (the redirect URI is always the site root, as registered). */
export function rememberReturnTo(path: string): void {
  sessionStorage.setItem(RETURN_TO, path)
}

export function takeReturnTo(): string | null {
  const path = sessionStorage.getItem(RETURN_TO)
  sessionStorage.removeItem(RETURN_TO)
  return path
}

const LANDING = 'servicepack.landing'

/** The page being opened, in case the session check goes through the SSO and comes back to the root. */
export function rememberLandingPage(path: string): void {
  sessionStorage.setItem(LANDING, path)
}

export function takeLandingPage(): string | null {
  const path = sessionStorage.getItem(LANDING)
  sessionStorage.removeItem(LANDING)
  return path
}
