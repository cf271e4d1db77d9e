import type { SsoTarget } from './target.js'

/** Keycloak's admin REST API as the bootstrap admin of the master realm (plain fetch). */
export async function keycloakAdmin(sso: SsoTarget): Promise<{ get<T>(path: string): Promise<T>; send(method: string, path: string, body?: unknown): Promise<Response> }> {
  if (!sso.serverUrl || !sso.admin) throw new Error('not a Keycloak target')
  const res = await fetch(`${sso.serverUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: sso.admin.username, password: sso.admin.password }),
  })
  if (!res.ok) throw new Error(`admin token: ${res.status} ${await res.text()}`)
  const { access_token: token } = (await res.json()) as { access_token: string }
  const base = `${sso.serverUrl}/admin/realms`
  const send = (method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return {
    send,
    async get<T>(path: string): Promise<T> {
      const r = await send('GET', path)
      if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`)
      return (await r.json()) as T
    },
  }
}
