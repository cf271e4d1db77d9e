import { DynamicModule, Module, type ExecutionContext } from '@nestjs/common'
import { ThrottlerModule } from '@nestjs/throttler'
import type { Env } from '../config/env.js'
import { RATE_WINDOW_MS, rateLimits } from './rate-limits.js'

function kindOf(context: ExecutionContext) {
  const req = context.switchToHttp().getRequest<{ method: string; principal?: unknown }>()
  return { signedIn: req.principal !== undefined, method: req.method }
}

/**
 * Rate limits (RATE_LIMIT*, on by default, loopback included). Counters live in memory, so with N
 * API instances behind a load balancer each allows the limit: put a shared limit at the gateway in
 * production, or a ThrottlerStorage over PostgreSQL/Redis here.
 */
@Module({})
export class RateLimitModule {
  static forRoot(env: Env): DynamicModule {
    const throttlers = rateLimits(env).map((t) => ({
      name: t.name,
      ttl: RATE_WINDOW_MS,
      limit: t.limit,
      skipIf: (context: ExecutionContext) => !env.RATE_LIMIT || !t.applies(kindOf(context)),
    }))
    return { module: RateLimitModule, imports: [ThrottlerModule.forRoot({ throttlers, setHeaders: false })], exports: [ThrottlerModule] }
  }
}
