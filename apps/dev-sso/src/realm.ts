import { createHash, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { BruteForceSettings } from './brute-force.js'

/*
 * The subset of Keycloak's realm representation (the `kc.sh import` format) that the dev SSO
 * understands. The full types live in @keycloak/keycloak-admin-client; the test checks the realm file
 * against them. Everything here follows Keycloak's own semantics so that the same file behaves the same
 * in a real Keycloak 26.
 */
export interface RealmProtocolMapper {
  name: string
  protocol?: string
  protocolMapper: string
  config?: Record<string, string>
}

export interface RealmClient {
  clientId: string
  name?: string
  description?: string
  enabled?: boolean
  publicClient?: boolean
  bearerOnly?: boolean
  standardFlowEnabled?: boolean
  implicitFlowEnabled?: boolean
  directAccessGrantsEnabled?: boolean
  serviceAccountsEnabled?: boolean
  rootUrl?: string
  baseUrl?: string
  redirectUris?: string[]
  webOrigins?: string[]
  attributes?: Record<string, string>
  protocolMappers?: RealmProtocolMapper[]
}

export interface RealmCredential {
  type?: string
  value?: string
  temporary?: boolean
}

export interface RealmUser {
  id?: string
  username: string
  enabled?: boolean
  email?: string
  emailVerified?: boolean
  firstName?: string
  lastName?: string
  attributes?: Record<string, string[] | string>
  credentials?: RealmCredential[]
  realmRoles?: string[]
  requiredActions?: string[]
}

export interface RealmFile extends BruteForceSettings {
  realm: string
  displayName?: string
  enabled?: boolean
  loginWithEmailAllowed?: boolean
  accessTokenLifespan?: number
  ssoSessionIdleTimeout?: number
  ssoSessionMaxLifespan?: number
  accessCodeLifespan?: number
  accessCodeLifespanLogin?: number
  roles?: { realm?: { name: string; description?: string }[] }
  clients?: RealmClient[]
  users?: RealmUser[]
}

export interface UserClaims {
  sub: string
  [claim: string]: unknown
}

/** Which token a claim is computed for; maps onto Keycloak's `*.token.claim` mapper switches. */
export type TokenTarget = 'access' | 'id' | 'userinfo' | 'introspection'

const TARGET_SWITCH: Record<TokenTarget, string> = {
  access: 'access.token.claim',
  id: 'id.token.claim',
  userinfo: 'userinfo.token.claim',
  introspection: 'introspection.token.claim',
}

export function readRealmFile(file: string): RealmFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`dev-sso: cannot read the realm file ${file}: ${(err as Error).message}`, { cause: err })
  }
  const realm = parsed as RealmFile
  if (!realm || typeof realm !== 'object' || typeof realm.realm !== 'string' || !/^[A-Za-z0-9_-]+$/.test(realm.realm)) {
    throw new Error(`dev-sso: ${file} is not a Keycloak realm representation (missing "realm")`)
  }
  for (const c of realm.clients ?? []) {
    if (typeof c.clientId !== 'string') throw new Error(`dev-sso: ${file}: a client has no clientId`)
  }
  for (const u of realm.users ?? []) {
    if (typeof u.username !== 'string') throw new Error(`dev-sso: ${file}: a user has no username`)
  }
  return realm
}

/** The realm, read once, with the lookups and Keycloak semantics the server needs. */
export class Realm {
  readonly name: string
  readonly displayName: string
  private readonly users: RealmUser[]
  private readonly clients: Map<string, RealmClient>

  constructor(readonly rep: RealmFile) {
    this.name = rep.realm
    this.displayName = rep.displayName || rep.realm
    this.users = rep.users ?? []
    this.clients = new Map((rep.clients ?? []).map((c) => [c.clientId, c]))
  }

  static fromFile(file: string): Realm {
    return new Realm(readRealmFile(file))
  }

  get accessTokenLifespan(): number {
    return this.rep.accessTokenLifespan ?? 300
  }

  get ssoSessionIdleTimeout(): number {
    return this.rep.ssoSessionIdleTimeout ?? 1800
  }

  get ssoSessionMaxLifespan(): number {
    return this.rep.ssoSessionMaxLifespan ?? 36000
  }

  get realmRoles(): string[] {
    return (this.rep.roles?.realm ?? []).map((r) => r.name)
  }

  client(clientId: string | undefined): RealmClient | undefined {
    const c = clientId === undefined ? undefined : this.clients.get(clientId)
    return c && c.enabled !== false ? c : undefined
  }

  allClients(): RealmClient[] {
    return [...this.clients.values()].filter((c) => c.enabled !== false)
  }

  /** Users that can sign in (for the demo-accounts hint on the login page). */
  enabledUsers(): RealmUser[] {
    return this.users.filter((u) => u.enabled !== false)
  }

  /** Keycloak's user id, used as `sub`. Falls back to a stable UUID derived from the username. */
  subjectOf(user: RealmUser): string {
    return user.id ?? uuidFromName(`${this.name}/${user.username}`)
  }

  userById(sub: string): RealmUser | undefined {
    return this.enabledUsers().find((u) => this.subjectOf(u) === sub)
  }

  /** Username (case-insensitive, as Keycloak stores them lower-case) or, if allowed, e-mail. */
  findUser(login: string): RealmUser | undefined {
    const l = login.trim().toLowerCase()
    if (!l) return undefined
    return (
      this.enabledUsers().find((u) => u.username.toLowerCase() === l) ??
      (this.rep.loginWithEmailAllowed !== false && l.includes('@')
        ? this.enabledUsers().find((u) => u.email?.toLowerCase() === l)
        : undefined)
    )
  }

  /** Checks a password against the user's `password` credential; undefined when wrong. */
  authenticate(login: string, password: string): RealmUser | undefined {
    const user = this.findUser(login)
    const stored = user?.credentials?.find((c) => (c.type ?? 'password') === 'password')?.value
    // Compare digests so that the time does not depend on where the strings differ.
    const a = createHash('sha256').update(stored ?? '\u0000no-password').digest()
    const b = createHash('sha256').update(password).digest()
    const ok = timingSafeEqual(a, b)
    return user && stored !== undefined && ok ? user : undefined
  }

  /** Redirect URIs with Keycloak's relative form resolved against rootUrl. */
  redirectUris(client: RealmClient): string[] {
    return (client.redirectUris ?? []).map((u) => (u.startsWith('/') && client.rootUrl ? client.rootUrl.replace(/\/$/, '') + u : u))
  }

  /** `post.logout.redirect.uris`: "+" (or absent) means the redirect URIs; otherwise "##"-separated. */
  postLogoutRedirectUris(client: RealmClient): string[] {
    const attr = client.attributes?.['post.logout.redirect.uris']
    if (attr === undefined || attr.trim() === '' || attr.trim() === '+') return this.redirectUris(client)
    return attr.split('##').flatMap((u) => (u === '+' ? this.redirectUris(client) : [u]))
  }

  /** Web origins with "+" expanded to the origins of the redirect URIs. "*" stays "*". */
  webOrigins(client: RealmClient): string[] {
    const out = new Set<string>()
    for (const o of client.webOrigins ?? []) {
      if (o === '+') {
        for (const u of this.redirectUris(client)) {
          try {
            out.add(new URL(u.replace(/\*.*$/, '')).origin)
          } catch {
            /* not a URL */
          }
        }
      } else {
        out.add(o.replace(/\/$/, ''))
      }
    }
    return [...out]
  }

  /** True when `origin` is a web origin of any enabled client. */
  originAllowed(origin: string): boolean {
    return this.allClients().some((c) => {
      const origins = this.webOrigins(c)
      return origins.includes('*') || origins.includes(origin)
    })
  }

  /** The audiences the client's `oidc-audience-mapper`s add to access tokens. */
  audiences(client: RealmClient): string[] {
    const out: string[] = []
    for (const m of client.protocolMappers ?? []) {
      if (m.protocolMapper !== 'oidc-audience-mapper' || m.config?.['access.token.claim'] === 'false') continue
      const aud = m.config?.['included.client.audience'] || m.config?.['included.custom.audience']
      if (aud && !out.includes(aud)) out.push(aud)
    }
    return out
  }

  /**
   * Claims for `user` in a token of `target` issued to `client`, as Keycloak's default client scopes
   * (profile, email, roles) and the client's own protocol mappers would produce them.
   */
  userClaims(user: RealmUser, client: RealmClient | undefined, target: TokenTarget): UserClaims {
    const claims: UserClaims = { sub: this.subjectOf(user) }
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ') // Keycloak's full-name mapper
    Object.assign(
      claims,
      clean({
        email_verified: user.email ? Boolean(user.emailVerified) : undefined,
        name: name || undefined,
        preferred_username: user.username.toLowerCase(),
        given_name: user.firstName,
        family_name: user.lastName,
        email: user.email?.toLowerCase(),
      }),
    )
    if (target === 'access' || target === 'introspection') {
      claims.realm_access = { roles: [...(user.realmRoles ?? [])] }
    }
    for (const m of client?.protocolMappers ?? []) {
      if (m.protocolMapper !== 'oidc-usermodel-attribute-mapper') continue
      const cfg = m.config ?? {}
      if (cfg[TARGET_SWITCH[target]] !== 'true') continue
      const attr = cfg['user.attribute']
      const claimName = cfg['claim.name']
      if (!attr || !claimName) continue
      const raw = user.attributes?.[attr]
      const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
      if (values.length === 0) continue
      const typed = values.map((v) => convert(v, cfg['jsonType.label']))
      setNested(claims, claimName, cfg.multivalued === 'true' ? typed : typed[0])
    }
    return claims
  }

  /** Every claim name the realm's mappers can emit (for oidc-provider's `claims` configuration). */
  mappedClaimNames(): string[] {
    const names = new Set<string>()
    for (const c of this.allClients()) {
      for (const m of c.protocolMappers ?? []) {
        const n = m.config?.['claim.name']
        if (m.protocolMapper === 'oidc-usermodel-attribute-mapper' && n) names.add(n.split('.')[0] ?? n)
      }
    }
    return [...names]
  }
}

/** Keycloak's redirect URI matching: exact, or a trailing `*` matches any suffix. */
export function keycloakUriMatches(value: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.endsWith('*') ? value.startsWith(a.slice(0, -1)) : value === a))
}

function convert(value: string, type: string | undefined): unknown {
  switch (type) {
    case 'boolean':
      return value === 'true'
    case 'int':
    case 'long':
      return Number.parseInt(value, 10)
    case 'JSON':
      try {
        return JSON.parse(value)
      } catch {
        return value
      }
    default:
      return value
  }
}

/** Keycloak nests claim names at unescaped dots: `a.b` becomes `{ a: { b } }`. */
function setNested(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'))
  let node = target
  for (const part of parts.slice(0, -1)) {
    const next = node[part]
    node = (node[part] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>
  }
  node[parts[parts.length - 1] as string] = value
}

function clean(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined))
}

function uuidFromName(name: string): string {
  const h = createHash('sha1').update(name).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`
}
