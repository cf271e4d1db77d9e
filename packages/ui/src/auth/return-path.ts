/**
 * keycloak-js comes back from the SSO to one registered redirect URI (the app's root), so the page
 * the user was on would be lost. Two pages are remembered for the tab:
 * - the landing page: the page being opened, before keycloak-js may leave it (a login-required
 *   sign-in, or a check-sso session check that needs a full-page round trip);
 * - the return page: the page that asked for an explicit sign-in (the route guard).
 * Once the session is known, `pageAfterSignIn` says where to go.
 */
const LANDING = 'servicepack.landing'
const RETURN_TO = 'servicepack.returnTo'

/** True when the URL is keycloak-js's callback (code, state or error in the fragment). */
export function isSsoCallback(hash: string): boolean {
  return /[#&](state|code|error)=/.test(hash)
}

/** At start-up, unless this is the SSO's callback: the page being opened. */
export function rememberLandingPage(location: Pick<Location, 'pathname' | 'search'>, storage: Storage = sessionStorage): void {
  storage.setItem(LANDING, location.pathname + location.search)
}

/** Before an explicit sign-in: the page that asked for it. */
export function rememberReturnTo(path: string, storage: Storage = sessionStorage): void {
  storage.setItem(RETURN_TO, path)
}

/** A remembered path, once; only same-origin paths (never `//host` or a full URL). */
function take(key: string, storage: Storage): string | null {
  const path = storage.getItem(key)
  storage.removeItem(key)
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null
}

export interface SessionKnown {
  /** This page load is the SSO's callback (see `isSsoCallback`). */
  callback: boolean
  authenticated: boolean
  /** Where a sign-in that asked for no page leads (web: an enterprise's service pack), if anywhere. */
  home?: string | null
  /** The router's current full path. */
  current: string
}

/**
 * Where to go once the session is known, or `null` to stay. Only after the SSO's callback: to the
 * page that asked for the sign-in, else the landing page of the round trip (a session check comes
 * back to the page that was opened), else `home`. Always forgets the landing page.
 */
export function pageAfterSignIn(session: SessionKnown, storage: Storage = sessionStorage): string | null {
  const landing = take(LANDING, storage)
  if (!session.callback) return null
  const requested = session.authenticated ? take(RETURN_TO, storage) : null
  const target = requested ?? landing ?? session.home ?? null
  return target && target !== session.current ? target : null
}
