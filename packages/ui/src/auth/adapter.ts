import type { Role } from './roles'

export interface AuthUser {
  subject: string
  username: string
  /** Display name: the token's `name`, else `preferred_username`. */
  name: string
  /** The token's `phone_number` (Keycloak's `phone` scope), when the realm gives one. */
  phone?: string | null
  roles: Role[]
  enterpriseUscc: string | null
  bureau: string | null
  association: string | null
}

/**
 * Why a session ended without this tab's own sign-out: `expired` (the token could not be refreshed)
 * or `signed-out-elsewhere` (the user signed out in another tab of this browser).
 */
export type SessionEnd = 'expired' | 'signed-out-elsewhere'

/**
 * What the apps need from single sign-on. The keycloak-js implementation lives in
 * `keycloak.ts`; component tests use a fake.
 */
export interface AuthAdapter {
  /** Resolves with the signed-in user, `null` when nobody is signed in; rejects when SSO is unreachable. */
  init(): Promise<AuthUser | null>
  login(): Promise<void>
  logout(): Promise<void>
  /** A token valid for at least 30 more seconds, refreshed if needed; `undefined` when signed out. */
  getToken(): Promise<string | undefined>
  /** Called when the session changes after init (refresh; `ended` says why it ended, if it did). */
  onChange(listener: (user: AuthUser | null, ended?: SessionEnd) => void): void
}

export class SsoUnavailableError extends Error {
  override readonly name = 'SsoUnavailableError'
  constructor(
    readonly url: string,
    override readonly cause?: unknown,
  ) {
    super(`Single sign-on is unavailable at ${url}`)
  }
}
