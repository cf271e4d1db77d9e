/**
 * keycloak-js comes back from the sign-in page to one registered redirect URI (the app's root),
 * so the page the user opened (a deep link, or a reload of a filtered list) would be lost. The
 * app remembers it for the tab before the sign-in round trip and goes there afterwards.
 */
const KEY = 'servicepack.admin.returnTo'

/** True when the URL is keycloak-js's callback (code, state or error in the fragment). */
export function isSsoCallback(hash: string): boolean {
  return /[#&](state|code|error)=/.test(hash)
}

export function rememberReturnPath(location: Pick<Location, 'pathname' | 'search'>, storage: Storage = sessionStorage): void {
  const path = location.pathname + location.search
  if (path === '/') storage.removeItem(KEY)
  else storage.setItem(KEY, path)
}

/** The remembered path, once; only same-origin paths (never `//host` or a full URL). */
export function takeReturnPath(storage: Storage = sessionStorage): string | null {
  const path = storage.getItem(KEY)
  storage.removeItem(KEY)
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null
}
