import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger } from '@nestjs/common'
import { ApiException } from '../common/error-shape.js'
import { Reflector } from '@nestjs/core'
import { ACCESS_KEY, type AccessPolicy } from './access.decorators.js'
import type { Principal } from './principal.js'
import { UserDirectory } from '../users/user-directory.service.js'
import { TokenVerifier } from './token-verifier.js'

/**
 * The global guard. Deny by default: a route must declare @Public(), @Authenticated() or @Roles(...);
 * anything else is refused even with a valid token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name)

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly users: UserDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ])
    if (policy?.kind === 'public') return true

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>()
    const header = request.headers['authorization']
    // The scheme is case-insensitive (RFC 9110 §11.1); the token is a JWT.
    const match = header ? /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header) : null
    if (!match?.[1]) throw new ApiException(401, 'AUTH_REQUIRED', 'A bearer access token is required')
    let principal: Principal
    try {
      principal = await this.verifier.verify(match[1])
    } catch (e) {
      this.logger.debug({ reason: e instanceof Error ? e.message : String(e) }, 'token refused')
      throw new ApiException(401, 'TOKEN_INVALID', 'The access token is invalid or expired')
    }
    request.principal = principal
    void this.users.seen(principal) // the directory of who has signed in (never fails the request)

    if (!policy) throw new ForbiddenException('This route declares no access policy')
    if (policy.kind === 'authenticated') return true
    if (policy.roles.some((r) => principal.roles.includes(r))) return true
    throw new ForbiddenException(`This action needs one of the roles: ${policy.roles.join(', ')}`)
  }
}
