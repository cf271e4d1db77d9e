import { Controller, ForbiddenException, Get, HttpException, type ExecutionContext } from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import { describe, expect, it } from 'vitest'
import { Authenticated, Public, Roles } from './access.decorators.js'
import { AuthGuard } from './auth.guard.js'
import type { Principal } from './principal.js'
import type { TokenVerifier } from './token-verifier.js'
import type { UserDirectory } from '../users/user-directory.service.js'

@Controller()
class Routes {
  @Get() @Public() open() {}
  @Get() @Authenticated() anyone() {}
  @Get() @Roles('coordinator', 'admin') staff() {}
  @Get() undeclared() {}
}

const coordinator: Principal = { sub: 's', username: 'coordinator', name: null, email: null, roles: ['coordinator'], enterpriseUscc: null, bureau: null, association: null }
// The verifier is stubbed: this tests the guard's decisions; real tokens are tested in test/auth.spec.ts.
const verifier = { verify: async (t: string) => (t === 'good' ? coordinator : Promise.reject(new Error('bad'))) } as unknown as TokenVerifier
const seen: string[] = []
const users = { seen: async (p: Principal) => void seen.push(p.sub) } as unknown as UserDirectory
const guard = new AuthGuard(new Reflector(), verifier, users)

function context(handler: keyof Routes, authorization?: string): ExecutionContext {
  const request = { headers: authorization ? { authorization } : {} }
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext
}

describe('AuthGuard (deny by default)', () => {
  it.each([
    ['open', undefined, true],
    ['anyone', 'Bearer good', true],
    ['staff', 'Bearer good', true],
    ['anyone', 'bearer good', true], // the scheme is case-insensitive
    ['anyone', 'BEARER good', true],
  ] as const)('%s with %s → allowed', async (route, auth, allowed) => {
    expect(await guard.canActivate(context(route, auth))).toBe(allowed)
  })

  it.each([
    ['anyone', undefined, 401, 'AUTH_REQUIRED'],
    ['anyone', 'Bearer bad', 401, 'TOKEN_INVALID'],
    ['anyone', 'Token good', 401, 'AUTH_REQUIRED'],
    ['anyone', 'Bearergood', 401, 'AUTH_REQUIRED'],
    ['undeclared', undefined, 401, 'AUTH_REQUIRED'],
    ['undeclared', 'Bearer good', 403, undefined],
  ] as const)('%s with %s → %s %s', async (route, auth, status, code) => {
    const error = await guard.canActivate(context(route, auth)).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(HttpException)
    expect((error as HttpException).getStatus()).toBe(status)
    expect((error as { code?: string }).code).toBe(code)
  })

  it('records each verified caller in the user directory, not anonymous or refused ones', async () => {
    seen.length = 0
    await guard.canActivate(context('anyone', 'Bearer good'))
    await guard.canActivate(context('open', undefined))
    await guard.canActivate(context('anyone', 'Bearer bad')).catch(() => undefined)
    expect(seen).toEqual(['s'])
  })

  it('refuses a role the caller lacks', async () => {
    const enterprise = { verify: async () => ({ ...coordinator, roles: ['enterprise'] }) } as unknown as TokenVerifier
    await expect(new AuthGuard(new Reflector(), enterprise, users).canActivate(context('staff', 'Bearer x'))).rejects.toBeInstanceOf(ForbiddenException)
  })
})
