import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common'
import type { Principal, Role } from './principal.js'

export const ACCESS_KEY = 'servicepack:access'

/** What a route declares about its callers. A route that declares nothing is refused. */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] }

/** Anyone, without a token. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessPolicy)
/** Any signed-in user, whatever their roles. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessPolicy)
/** Signed-in users holding at least one of these realm roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessPolicy)

/** The verified caller (set by the AuthGuard). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const request = ctx.switchToHttp().getRequest<{ principal?: Principal }>()
  if (!request.principal) throw new Error('CurrentUser used on a route without authentication')
  return request.principal
})
