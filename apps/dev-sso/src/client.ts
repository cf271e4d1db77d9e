/** What Keycloak's token endpoint answers (the fields the dev SSO fills in). */
export interface TokenResponse {
  access_token: string
  expires_in: number
  refresh_token: string
  refresh_expires_in?: number
  token_type: string
  id_token?: string
  scope?: string
  'not-before-policy'?: number
  session_state?: string
}

/** An error answer of the token endpoint, with the OAuth error code. */
export class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorDescription: string | undefined,
  ) {
    super(`token endpoint answered ${status} ${error}${errorDescription ? `: ${errorDescription}` : ''}`)
    this.name = 'TokenError'
  }
}

/**
 * Keycloak's direct access grant (`grant_type=password`) against `issuer` — the dev SSO or a real
 * Keycloak realm whose client allows it. For scripts and tests; only `servicepack-cli` may use it.
 * Rejects with a `TokenError` (e.g. `invalid_grant` for a wrong password, `unauthorized_client`).
 */
export async function passwordGrant(
  issuer: string,
  username: string,
  password: string,
  clientId = 'servicepack-cli',
): Promise<TokenResponse> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password, scope: 'openid' }),
  })
  const body = (await res.json().catch(() => ({}))) as Partial<TokenResponse> & { error?: string; error_description?: string }
  if (!res.ok || !body.access_token) {
    throw new TokenError(res.status, body.error ?? 'invalid_response', body.error_description)
  }
  return body as TokenResponse
}

/** `grant_type=refresh_token` for a public client (what keycloak-js's updateToken does). */
export async function refreshGrant(issuer: string, refreshToken: string, clientId = 'servicepack-cli'): Promise<TokenResponse> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken }),
  })
  const body = (await res.json().catch(() => ({}))) as Partial<TokenResponse> & { error?: string; error_description?: string }
  if (!res.ok || !body.access_token) {
    throw new TokenError(res.status, body.error ?? 'invalid_response', body.error_description)
  }
  return body as TokenResponse
}
