import { vi } from 'vitest'
import type { AuthAdapter, AuthUser } from '../auth/adapter'
import type { Role } from '../auth/roles'

/** `userWith(...roles)` for a test user of that name (the apps' tests use their own demo people). */
export function testUsers(username: string, name: string): (...roles: Role[]) => AuthUser {
  return (...roles) => ({ subject: 'u-1', username, name, roles, enterpriseUscc: null, bureau: null, association: null })
}

/** A fake SSO: `null` = nobody signed in, an Error = SSO unreachable. */
export function fakeAuth(session: AuthUser | null | Error): AuthAdapter {
  return {
    init: async () => {
      if (session instanceof Error) throw session
      return session
    },
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    getToken: async () => (session && !(session instanceof Error) ? 'token' : undefined),
    onChange: () => undefined,
  }
}
