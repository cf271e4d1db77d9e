/**
 * Where the apps call the API (paths start with `/api`), from the build-time `VITE_API_URL`:
 * - unset: the dev API, `http://localhost:3000`;
 * - set but empty (or `/`): the page's own origin — behind a reverse proxy that serves `/api/` beside
 *   the app (nginx in `deploy/nginx/`), the API is same-origin and needs no CORS;
 * - otherwise that origin, without a trailing slash.
 */
export function apiBaseUrl(configured: string | undefined, pageOrigin: string | undefined): string {
  if (configured === undefined) return 'http://localhost:3000'
  const trimmed = configured.trim().replace(/\/+$/, '')
  return trimmed || pageOrigin || ''
}
