import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jwtVerify, type JWTPayload } from 'jose'
import './quiet-runtime-warning.js'
import Provider, { errors, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import { BruteForceProtector, bruteForcePolicy } from './brute-force.js'
import { loadSigningKey, type SigningKey } from './keys.js'
import { MemoryStore } from './memory-adapter.js'
import {
  errorPage,
  esc,
  loggedOutPage,
  loginPage,
  loginStatusIframe,
  logoutConfirmPage,
  logoutPage,
  pickLang,
  thirdPartyCookiesStep1,
  type DemoAccount,
  type Lang,
} from './pages.js'
import { defaultKeyFile, defaultRealmFile } from './paths.js'
import { keycloakUriMatches, Realm, type RealmClient } from './realm.js'
import { signIn } from './sign-in.js'

export interface DevSsoOptions {
  /** Port to listen on; 0 picks a free one. Default 8180. */
  port?: number
  /** Address to bind. Default: both loopback addresses (127.0.0.1 and ::1), so `localhost` works either way. */
  host?: string
  /** Keycloak realm file. Default `<repo>/infra/keycloak/realm-servicepack.json` (or `DEV_SSO_REALM_FILE`). */
  realmFile?: string
  /** Signing key file, created when missing. Default `<repo>/.data/dev-sso/signing-key.json` (or `DEV_SSO_KEY_FILE`). */
  keyFile?: string
  /** The clock of the brute-force protection (ms since the epoch), for tests at fixed instants. Default `Date.now`. */
  clock?: () => number
}

export interface DevSso {
  /** `http://localhost:<port>/realms/<realm>`: the `iss` of every token and the `OIDC_ISSUER` to configure. */
  issuer: string
  port: number
  close(): Promise<void>
}

/** Keycloak's endpoint layout under the realm URL. */
const OIDC = '/protocol/openid-connect'
const ROUTES = {
  authorization: `${OIDC}/auth`,
  token: `${OIDC}/token`,
  end_session: `${OIDC}/logout`,
  userinfo: `${OIDC}/userinfo`,
  jwks: `${OIDC}/certs`,
  revocation: `${OIDC}/revoke`,
  introspection: `${OIDC}/token/introspect`,
  pushed_authorization_request: `${OIDC}/ext/par/request`,
}

/** oidc-provider mints JWT access tokens only for a resource server; this is ours (the API). */
const RESOURCE = 'urn:servicepack:api'
/** Scopes Keycloak puts into its access tokens by default. */
const TOKEN_SCOPES = ['openid', 'profile', 'email']

interface ResourceServerInfo {
  scope: string
  audience: string
  accessTokenTTL: number
  accessTokenFormat: 'jwt'
  jwt: { sign: { alg: 'RS256' } }
}

/**
 * Starts the development SSO: the realm in `realmFile` served with Keycloak's URL layout by
 * oidc-provider. Resolves once it listens.
 */
export async function startDevSso(opts: DevSsoOptions = {}): Promise<DevSso> {
  const realm = Realm.fromFile(opts.realmFile ?? defaultRealmFile())
  const key = await loadSigningKey(opts.keyFile ?? defaultKeyFile())

  let handler: RequestListener = (_req, res) => {
    res.statusCode = 503
    res.end()
  }
  const servers = await listen(opts.port ?? 8180, opts.host, (req, res) => handler(req, res))
  const port = (servers[0]?.address() as AddressInfo).port
  const prefix = `/realms/${realm.name}`
  const origin = `http://localhost:${port}`
  const issuer = `${origin}${prefix}`

  const store = new MemoryStore()
  const protector = new BruteForceProtector(bruteForcePolicy(realm.rep), opts.clock ?? Date.now)
  const provider = createProvider({ realm, key, issuer, prefix, store, protector })
  handler = createHandler({ realm, key, issuer, prefix, provider, protector })

  let closed: Promise<void> | undefined
  return {
    issuer,
    port,
    close() {
      closed ??= Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve())
              s.closeAllConnections()
            }),
        ),
      ).then(() => store.close())
      return closed
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Listening

async function listen(port: number, host: string | undefined, listener: RequestListener): Promise<Server[]> {
  if (host) return [await listenOne(port, host, listener)]
  for (let attempt = 0; ; attempt++) {
    const v4 = await listenOne(port, '127.0.0.1', listener)
    const actual = (v4.address() as AddressInfo).port
    try {
      return [v4, await listenOne(actual, '::1', listener)]
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return [v4] // no IPv6 loopback here
      await new Promise<void>((resolve) => v4.close(() => resolve()))
      if (port !== 0 || attempt >= 5) throw err
    }
  }
}

function listenOne(port: number, host: string, listener: RequestListener): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(listener)
    server.keepAliveTimeout = 5000
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}

// ---------------------------------------------------------------------------------------------
// The provider

interface ProviderDeps {
  realm: Realm
  key: SigningKey
  issuer: string
  prefix: string
  store: MemoryStore
  protector: BruteForceProtector
}

function oidcClient(realm: Realm, c: RealmClient & { secret?: string }): ClientMetadata {
  const code = c.standardFlowEnabled !== false
  return {
    client_id: c.clientId,
    ...(c.name ? { client_name: c.name } : {}),
    ...(c.publicClient !== false
      ? { token_endpoint_auth_method: 'none' }
      : { token_endpoint_auth_method: 'client_secret_basic', client_secret: c.secret ?? randomBytes(32).toString('base64url') }),
    application_type: 'web',
    // `password` is listed for every client so that the grant handler can answer Keycloak's
    // unauthorized_client itself; it checks directAccessGrantsEnabled.
    grant_types: [...(code ? ['authorization_code'] : []), 'refresh_token', 'password'],
    response_types: code ? ['code'] : [],
    redirect_uris: code ? realm.redirectUris(c) : [],
    post_logout_redirect_uris: code ? realm.postLogoutRedirectUris(c) : [],
  }
}

function langOf(ctx: KoaContextWithOIDC): Lang {
  const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>
  return pickLang(
    ctx.query?.lang as string | undefined,
    params.kc_locale as string | undefined,
    params.ui_locales as string | undefined,
    ctx.get('accept-language'),
  )
}

/**
 * True when the logout request carries an `id_token_hint` (already verified by oidc-provider: our
 * signature, audience = the client, client_id and post_logout_redirect_uri matching) that belongs to
 * the browser's current session: same user, issued to a client of this session, since this login.
 * Keycloak compares the token's session id; oidc-provider's ID tokens carry no `sid`, hence the three
 * checks. An ID token of another user, or of an earlier session, gets the confirmation page.
 */
function idTokenHintOfThisSession(ctx: KoaContextWithOIDC): boolean {
  const hint = (ctx.oidc.entities as { IdTokenHint?: { payload?: { sub?: string; aud?: string | string[]; iat?: number } } }).IdTokenHint
  const session = ctx.oidc.session as unknown as { accountId?: string; loginTs?: number; authorizations?: Record<string, unknown> } | undefined
  const clientId = ctx.oidc.client?.clientId
  if (!hint?.payload || !session?.accountId || !clientId) return false
  return (
    hint.payload.sub === session.accountId &&
    Boolean(session.authorizations?.[clientId]) &&
    typeof hint.payload.iat === 'number' &&
    typeof session.loginTs === 'number' &&
    hint.payload.iat >= session.loginTs
  )
}

function createProvider({ realm, key, issuer, prefix, store, protector }: ProviderDeps): Provider {
  const clients = realm.allClients().filter((c) => !c.bearerOnly && (c.standardFlowEnabled !== false || c.directAccessGrantsEnabled))
  const audienceFor = (clientId: string | undefined): string => {
    const c = realm.client(clientId)
    return (c && realm.audiences(c)[0]) ?? realm.allClients().find((x) => x.bearerOnly)?.clientId ?? clientId ?? 'account'
  }
  const resourceServerInfo = (clientId: string | undefined): ResourceServerInfo => ({
    scope: TOKEN_SCOPES.join(' '),
    audience: audienceFor(clientId),
    accessTokenTTL: realm.accessTokenLifespan,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  })
  const profileClaims = ['name', 'given_name', 'family_name', 'preferred_username']
  const emailClaims = ['email', 'email_verified']

  const configuration: Configuration = {
    adapter: store.adapterFor,
    clients: clients.map((c) => oidcClient(realm, c)),
    jwks: { keys: [key.privateJwk as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    findAccount: async (ctx, sub) => {
      const user = realm.userById(sub)
      if (!user) return undefined
      return {
        accountId: sub,
        claims: async (use) => realm.userClaims(user, realm.client(ctx.oidc?.client?.clientId), use === 'userinfo' ? 'userinfo' : 'id'),
      }
    },
    // Keycloak puts profile and e-mail claims (default client scopes) into every ID token.
    claims: {
      openid: ['sub', ...profileClaims, ...emailClaims, ...realm.mappedClaimNames()],
      profile: profileClaims,
      email: emailClaims,
    },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'roles', 'web-origins', 'acr', 'basic'],
    extraParams: ['kc_locale', 'kc_idp_hint', 'kc_action'],
    responseTypes: ['code'],
    routes: ROUTES,
    interactions: { url: (_ctx, interaction) => `${prefix}/login-actions/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false }, // served below, Keycloak-style (it accepts the JWT access tokens)
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // Keycloak 26: with an id_token_hint of the signed-in session, sign out without asking;
        // otherwise ask, and only the button's POST (with oidc-provider's xsrf token) signs out.
        logoutSource: async (ctx, form) => {
          ctx.set('Content-Security-Policy', "frame-ancestors 'none'")
          ctx.set('X-Frame-Options', 'DENY')
          ctx.type = 'html'
          const lang = langOf(ctx)
          const client = realm.client(ctx.oidc.client?.clientId)
          ctx.body = idTokenHintOfThisSession(ctx) ? logoutPage(lang, form) : logoutConfirmPage(lang, form, client?.name ?? client?.clientId)
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html'
          ctx.body = loggedOutPage(langOf(ctx))
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, resource, client) => {
          if (resource !== RESOURCE) throw new errors.InvalidTarget()
          return resourceServerInfo(client.clientId)
        },
      },
    },
    extraTokenClaims: async (_ctx, token) => {
      const t = token as unknown as { kind: string; accountId?: string; clientId?: string; sessionUid?: string }
      if (t.kind !== 'AccessToken' || !t.accountId) return undefined
      const user = realm.userById(t.accountId)
      const client = realm.client(t.clientId)
      if (!user) return undefined
      // Keycloak's `sid` is the browser (SSO) session, the same for every client; keycloak-js reads it
      // as `sessionId`. Tokens from the password grant have no browser session.
      const sid = t.sessionUid
      return {
        typ: 'Bearer',
        azp: t.clientId,
        ...(sid ? { sid } : {}),
        acr: '1',
        'allowed-origins': client ? realm.webOrigins(client) : [],
        ...realm.userClaims(user, client, 'access'),
      }
    },
    // First-party clients: no consent screen; everything requested (and the API resource) is granted.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx
      const accountId = oidc.session?.accountId
      const clientId = oidc.client?.clientId
      if (!accountId || !clientId) return undefined
      const grantId = (oidc.result?.consent as { grantId?: string } | undefined)?.grantId ?? oidc.session?.grantIdFor(clientId)
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined
      if (!grant || grant.accountId !== accountId) grant = new oidc.provider.Grant({ clientId, accountId })
      grant.addOIDCScope([...new Set(['openid', 'profile', 'email', ...(oidc.requestParamScopes ?? [])])].join(' '))
      grant.addResourceScope(RESOURCE, TOKEN_SCOPES.join(' '))
      await grant.save()
      return grant
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    formats: {
      customizers: {
        // Keycloak's access tokens: header typ "JWT" (not RFC 9068's "at+jwt"), the client in `azp` only.
        jwt: (_ctx, _token, jwt) => {
          jwt.header = { ...jwt.header, typ: 'JWT' }
          delete jwt.payload.client_id
        },
      },
    },
    ttl: {
      AccessToken: realm.accessTokenLifespan,
      IdToken: realm.accessTokenLifespan,
      AuthorizationCode: realm.rep.accessCodeLifespan ?? 60,
      Interaction: realm.rep.accessCodeLifespanLogin ?? 1800,
      Session: realm.ssoSessionMaxLifespan,
      Grant: realm.ssoSessionMaxLifespan,
      RefreshToken: realm.ssoSessionIdleTimeout,
    },
    clientBasedCORS: (_ctx, origin, client) => {
      const c = realm.client(client.clientId)
      if (!c) return false
      const origins = realm.webOrigins(c)
      return origins.includes('*') || origins.includes(origin)
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html'
      ctx.body = errorPage(langOf(ctx), String(out.error), out.error_description as string | undefined)
    },
    discovery: {
      userinfo_endpoint: `${issuer}${ROUTES.userinfo}`,
      check_session_iframe: `${issuer}${OIDC}/login-status-iframe.html`,
      frontchannel_logout_supported: false,
      claim_types_supported: ['normal'],
    },
  }

  const provider = new Provider(issuer, configuration)

  provider.on('server_error', (_ctx: unknown, err: Error) => {
    console.error('dev-sso: server error:', err)
  })

  // Keycloak's redirect URI rule: exact, or a trailing `*` as a prefix wildcard.
  const clientProto = provider.Client.prototype as unknown as {
    redirectUris?: string[]
    postLogoutRedirectUris?: string[]
    redirectUriAllowed(v: string): boolean
    postLogoutRedirectUriAllowed(v: string): boolean
  }
  clientProto.redirectUriAllowed = function (value: string) {
    return keycloakUriMatches(value, this.redirectUris ?? [])
  }
  clientProto.postLogoutRedirectUriAllowed = function (value: string) {
    return keycloakUriMatches(value, this.postLogoutRedirectUris ?? [])
  }

  // keycloak-js parses the refresh token as a JWT: make the (opaque) token id JWT-shaped. It is
  // signed HS512 with a per-process secret, like Keycloak's, so no RS256 verifier accepts it.
  const refreshSecret = randomBytes(64)
  const refreshProto = provider.RefreshToken.prototype as unknown as {
    generateTokenId(): string
    expiration: number
    accountId?: string
    clientId?: string
    sid?: string
    scope?: string
  }
  refreshProto.generateTokenId = function () {
    const now = Math.floor(Date.now() / 1000)
    const header = { alg: 'HS512', typ: 'JWT', kid: 'dev-sso-refresh' }
    const payload = {
      exp: now + (this.expiration || realm.ssoSessionIdleTimeout),
      iat: now,
      jti: randomUUID(),
      iss: issuer,
      aud: issuer,
      sub: this.accountId,
      typ: 'Refresh',
      azp: this.clientId,
      ...(this.sid ? { sid: this.sid } : {}),
      scope: this.scope,
    }
    const input = `${b64json(header)}.${b64json(payload)}`
    return `${input}.${createHmac('sha512', refreshSecret).update(input).digest('base64url')}`
  }

  registerPasswordGrant(provider, realm, protector, resourceServerInfo)
  return provider
}

function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** Keycloak's direct access grant, for clients with directAccessGrantsEnabled only. */
function registerPasswordGrant(
  provider: Provider,
  realm: Realm,
  protector: BruteForceProtector,
  resourceServerInfo: (clientId: string | undefined) => ResourceServerInfo,
): void {
  provider.registerGrantType(
    'password',
    async (ctx) => {
      const { client, params } = ctx.oidc
      const rc = realm.client(client.clientId)
      if (!rc?.directAccessGrantsEnabled) {
        throw new errors.UnauthorizedClient('Client not allowed for direct access grants')
      }
      const username = typeof params.username === 'string' ? params.username : ''
      const password = typeof params.password === 'string' ? params.password : ''
      if (!username || !password) throw new errors.InvalidRequest('Missing parameter: username or password')
      // Wrong password, unknown user and a user locked out by brute-force detection get one answer
      // (400, as Keycloak 26.7 answers all three; up to 26.5 it answered 401).
      const user = signIn(realm, protector, username, password)
      if (!user) {
        const err = new errors.InvalidGrant('Invalid user credentials')
        err.error_description = 'Invalid user credentials' // Keycloak's wording and status
        err.status = err.statusCode = 400
        throw err
      }
      const accountId = realm.subjectOf(user)
      const requested = typeof params.scope === 'string' ? params.scope.split(' ').filter(Boolean) : []
      const scopes = new Set(['profile', 'email', ...requested.filter((s) => ['openid', 'profile', 'email', 'offline_access'].includes(s))])
      const scope = [...scopes].join(' ')

      const account = {
        accountId,
        claims: async () => realm.userClaims(user, rc, 'id'),
      }
      ctx.oidc.entity('Account', account as never)

      const grant = new provider.Grant({ clientId: client.clientId, accountId })
      grant.addOIDCScope(scope)
      grant.addResourceScope(RESOURCE, TOKEN_SCOPES.join(' '))
      const grantId = await grant.save()
      ctx.oidc.entity('Grant', grant)

      const at = new provider.AccessToken({ accountId, client, grantId, gty: 'password' } as never)
      const atInternals = at as unknown as { resourceServer: unknown; scope: string; expiration: number }
      atInternals.resourceServer = new provider.ResourceServer(RESOURCE, resourceServerInfo(client.clientId) as never)
      atInternals.scope = [...scopes].filter((s) => TOKEN_SCOPES.includes(s)).join(' ') || 'profile email'
      ctx.oidc.entity('AccessToken', at)
      const accessToken = await at.save()

      const rt = new provider.RefreshToken({ accountId, client, grantId, gty: 'password', scope, resource: RESOURCE, rotations: 0 } as never)
      ctx.oidc.entity('RefreshToken', rt)
      const refreshToken = await rt.save()
      const rtExpiresIn = (rt as unknown as { expiration: number }).expiration

      let idToken: string | undefined
      if (scopes.has('openid')) {
        const token = new provider.IdToken(await account.claims(), { ctx })
        ;(token as unknown as { scope: string }).scope = scope
        idToken = await token.issue({ use: 'idtoken' })
      }

      ctx.set('Cache-Control', 'no-store')
      ctx.body = {
        access_token: accessToken,
        expires_in: atInternals.expiration,
        refresh_expires_in: rtExpiresIn,
        refresh_token: refreshToken,
        token_type: 'Bearer',
        ...(idToken ? { id_token: idToken } : {}),
        'not-before-policy': 0,
        scope: atInternals.scope,
      }
    },
    ['username', 'password', 'scope'],
  )
}

// ---------------------------------------------------------------------------------------------
// HTTP layer: CORS, Keycloak-only endpoints, the login page, then oidc-provider under the prefix

interface HandlerDeps {
  realm: Realm
  key: SigningKey
  issuer: string
  prefix: string
  provider: Provider
  protector: BruteForceProtector
}

function createHandler({ realm, key, issuer, prefix, provider, protector }: HandlerDeps): RequestListener {
  const callback = provider.callback()
  const realmInfo = {
    realm: realm.name,
    public_key: key.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    'token-service': `${issuer}${OIDC}`,
    'account-service': `${issuer}/account`,
    'tokens-not-before': 0,
  }

  const verifyBearer = async (req: IncomingMessage): Promise<JWTPayload | undefined> => {
    const auth = req.headers.authorization ?? ''
    const m = /^bearer\s+(\S+)$/i.exec(auth)
    if (!m?.[1]) return undefined
    try {
      const { payload } = await jwtVerify(m[1], key.publicKey, { issuer, algorithms: ['RS256'] })
      if (payload.typ !== 'Bearer') return undefined
      // Like Keycloak, a token of a browser session that has ended (signed out) is refused.
      if (typeof payload.sid === 'string' && !(await provider.Session.findByUid(payload.sid))) return undefined
      return payload
    } catch {
      return undefined
    }
  }

  const userFor = (payload: JWTPayload) => (payload.sub ? realm.userById(payload.sub) : undefined)

  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', issuer)
      const path = url.pathname
      const allowed = applyCors(req, res, realm, path.startsWith(`${prefix}${ROUTES.jwks}`) || path.endsWith('/.well-known/openid-configuration'))
      if (req.method === 'OPTIONS' && req.headers.origin) {
        if (allowed) {
          allowed('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
          allowed('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type')
          allowed('Access-Control-Max-Age', '3600')
        }
        res.statusCode = 204
        res.end()
        return
      }

      if (path === '/' || path === '') {
        return sendHtml(res, 200, `<!DOCTYPE html><meta charset="utf-8"><title>dev-sso</title><p>dev-sso: realm <a href="${esc(prefix)}/.well-known/openid-configuration">${esc(issuer)}</a></p>`)
      }
      if (path !== prefix && !path.startsWith(`${prefix}/`)) return sendJson(res, 404, { error: 'Realm does not exist' })
      const sub = path.slice(prefix.length) || '/'

      if (sub === '/' && req.method === 'GET') return sendJson(res, 200, realmInfo)

      if (sub === ROUTES.userinfo && (req.method === 'GET' || req.method === 'POST')) {
        const payload = await verifyBearer(req)
        const user = payload && userFor(payload)
        if (!payload || !user) {
          res.setHeader('WWW-Authenticate', 'Bearer realm="' + realm.name + '", error="invalid_token", error_description="Token verification failed"')
          return sendJson(res, 401, { error: 'invalid_token', error_description: 'Token verification failed' })
        }
        return sendJson(res, 200, realm.userClaims(user, realm.client(payload.azp as string | undefined), 'userinfo'))
      }

      if (sub === '/account' && req.method === 'GET') {
        const payload = await verifyBearer(req)
        const user = payload && userFor(payload)
        if (!user) return sendJson(res, 401, { error: 'HTTP 401 Unauthorized' })
        return sendJson(res, 200, {
          id: realm.subjectOf(user),
          username: user.username,
          firstName: user.firstName,
          lastName: user.lastName,
          email: user.email,
          emailVerified: Boolean(user.emailVerified),
          attributes: user.attributes ?? {},
        })
      }

      if (sub === `${OIDC}/3p-cookies/step1.html` || sub === `${OIDC}/3p-cookies/step2.html`) {
        return sendHtml(res, 200, thirdPartyCookiesStep1)
      }
      if (sub === `${OIDC}/login-status-iframe.html`) {
        return sendHtml(res, 200, loginStatusIframe(`${issuer}${OIDC}/login-status-iframe.html/check`))
      }
      if (sub === `${OIDC}/login-status-iframe.html/init`) {
        res.statusCode = 204
        return res.end()
      }
      if (sub === `${OIDC}/login-status-iframe.html/check`) {
        const ctx = provider.createContext(req, res) as unknown as KoaContextWithOIDC
        const session = await provider.Session.get(ctx)
        const clientId = url.searchParams.get('client_id') ?? ''
        const state = url.searchParams.get('session_state') ?? ''
        const known = realm.client(clientId) !== undefined
        const current = session.accountId ? session.uid : undefined
        return sendJson(res, 200, { status: !known ? 'error' : current && current === state ? 'unchanged' : 'changed' })
      }

      const interaction = /^\/login-actions\/([A-Za-z0-9_-]+)$/.exec(sub)
      if (interaction) return await handleInteraction(req, res, url, provider, realm, protector)

      // Everything else is oidc-provider's, mounted under the realm prefix (Express-style).
      const r = req as IncomingMessage & { originalUrl?: string }
      r.originalUrl = req.url
      req.url = (req.url ?? '/').slice(prefix.length) || '/'
      if (req.url.startsWith('?')) req.url = `/${req.url}`
      callback(req, res)
    } catch (err) {
      console.error('dev-sso: request failed:', err)
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' })
      else res.end()
    }
  }
}

/**
 * Credentialed CORS for the clients' web origins (keycloak-js calls token and userinfo with
 * `credentials: 'include'`). oidc-provider's own CORS headers are suppressed so there is one answer.
 */
function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  realm: Realm,
  publicDocument: boolean,
): ((name: string, value: string) => void) | undefined {
  const origin = req.headers.origin
  const set = res.setHeader.bind(res)
  const remove = res.removeHeader.bind(res)
  let allowed = false
  if (origin && realm.originAllowed(origin)) {
    allowed = true
    set('Access-Control-Allow-Origin', origin)
    set('Access-Control-Allow-Credentials', 'true')
    set('Access-Control-Expose-Headers', 'WWW-Authenticate')
  } else if (origin && publicDocument) {
    allowed = true
    set('Access-Control-Allow-Origin', '*')
  }
  set('Vary', 'Origin')
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    name.toLowerCase().startsWith('access-control-') ? res : set(name, value)) as typeof res.setHeader
  res.removeHeader = ((name: string) => {
    if (!name.toLowerCase().startsWith('access-control-')) remove(name)
  }) as typeof res.removeHeader
  return allowed ? (name, value) => void set(name, value) : undefined
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(html)
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 64 * 1024) throw new Error('form too large')
    chunks.push(chunk as Buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

function demoAccounts(realm: Realm): DemoAccount[] {
  return realm.enabledUsers().map((u) => {
    const a = u.attributes ?? {}
    const first = (k: string) => {
      const v = a[k]
      return Array.isArray(v) ? v[0] : v
    }
    return {
      username: u.username,
      name: [u.lastName, u.firstName].filter(Boolean).join(''),
      roles: u.realmRoles ?? [],
      org: first('enterprise_name') ?? first('association_name') ?? first('bureau'),
    }
  })
}

async function handleInteraction(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  provider: Provider,
  realm: Realm,
  protector: BruteForceProtector,
): Promise<void> {
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'")
  res.setHeader('X-Frame-Options', 'DENY')
  let details: Awaited<ReturnType<Provider['interactionDetails']>>
  try {
    details = await provider.interactionDetails(req, res)
  } catch {
    const lang = pickLang(url.searchParams.get('lang'), req.headers['accept-language'])
    return sendHtml(res, 400, errorPage(lang, 'session_expired', lang === 'zh' ? '登录会话已失效，请回到应用重新登录。' : 'The sign-in session has expired; go back to the application and sign in again.'))
  }
  const params = details.params as Record<string, string | undefined>
  const form = req.method === 'POST' ? await readForm(req) : undefined
  const lang = pickLang(url.searchParams.get('lang'), form?.get('lang'), params.kc_locale, params.ui_locales, req.headers['accept-language'])
  const client = realm.client(params.client_id)

  if (details.prompt.name !== 'login' && details.session?.accountId && params.client_id) {
    // Consent is implied for the realm's first-party clients (normally loadExistingGrant has granted it).
    const grant = new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id })
    grant.addOIDCScope(['openid', 'profile', 'email', ...(params.scope ?? '').split(' ').filter(Boolean)].join(' '))
    grant.addResourceScope(RESOURCE, TOKEN_SCOPES.join(' '))
    const grantId = await grant.save()
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
  }

  const action = url.pathname
  const render = (status: number, username?: string, error?: 'invalid' | 'missing') =>
    sendHtml(
      res,
      status,
      loginPage({
        lang,
        action,
        switchHref: `${action}?lang=${lang === 'zh' ? 'en' : 'zh'}`,
        clientName: client?.name ?? params.client_id ?? '',
        username,
        error,
        demoAccounts: demoAccounts(realm),
      }),
    )

  if (!form) return render(200, params.login_hint)
  if (form.get('action') === 'cancel') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false })
  }
  const username = form.get('username') ?? ''
  const password = form.get('password') ?? ''
  // Keycloak answers its login page with 200 whatever the complaint.
  if (!username.trim() || !password) return render(200, username, 'missing')
  // One message for a wrong password, an unknown user and a locked-out user (Keycloak's invalidUserMessage).
  const user = signIn(realm, protector, username, password)
  if (!user) return render(200, username, 'invalid')
  return provider.interactionFinished(req, res, { login: { accountId: realm.subjectOf(user), amr: ['pwd'], acr: '1' } }, { mergeWithLastSubmission: false })
}
