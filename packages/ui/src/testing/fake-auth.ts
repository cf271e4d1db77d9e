import { vi } from 'vitest'
import type { AuthAdapter, AuthUser, SessionEnd } from '../auth/adapter'
import type { Role } from '../auth/roles'

/** `userWith(...roles)` for a test user of that name (the apps' tests use their own demo people). */
export function testUsers(username: string, name: string): (...roles: Role[]) => AuthUser {
  return (...roles) => ({ subject: 'u-1', username, name, roles, enterpriseUscc: null, bureau: null, association: null })
}

/** A fake SSO: `null` = nobody signed in, an Error = SSO unreachable. `end(why)` ends the session as keycloak-js would. */
export function fakeAuth(session: AuthUser | null | Error): AuthAdapter & { end: (why: SessionEnd) => void } {
  let listener: (user: AuthUser | null, ended?: SessionEnd) => void = () => undefined
  let current = session instanceof Error ? null : session
  return {
    init: async () => {
      if (session instanceof Error) throw session
      return session
    },
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    getToken: async () => (current ? 'token' : undefined),
    onChange: (next) => {
      listener = next
    },
    end: (why) => {
      current = null
      listener(null, why)
    },
  }
}
