import { DynamicModule, Module, type ExecutionContext } from '@nestjs/common'
import { ThrottlerModule, ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler'
import type { Env } from '../config/env.js'
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js'
import { RATE_WINDOW_MS, rateLimits } from './rate-limits.js'

function kindOf(context: ExecutionContext) {
  const req = context.switchToHttp().getRequest<{ method: string; principal?: unknown }>()
  return { signedIn: req.principal !== undefined, method: req.method }
}

const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE')

/** Where the counters live (a provider of its own, so its start and shutdown hooks run). */
@Module({})
class RateLimitStorageModule {
  static forRoot(env: Env): DynamicModule {
    const store = env.RATE_LIMIT_STORE === 'postgres' ? PostgresThrottlerStorage : ThrottlerStorageService
    return { module: RateLimitStorageModule, providers: [{ provide: RATE_LIMIT_STORAGE, useClass: store }], exports: [RATE_LIMIT_STORAGE] }
  }
}

/**
 * Rate limits (RATE_LIMIT*, on by default, loopback included). Counted in PostgreSQL by default
 * (RATE_LIMIT_STORE=postgres), so N API instances behind a load balancer share one budget per user
 * or address; `memory` counts per process (one instance, or tests).
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
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStorageModule.forRoot(env)],
          inject: [RATE_LIMIT_STORAGE],
          useFactory: (storage: ThrottlerStorage) => ({ throttlers, setHeaders: false, storage }),
        }),
      ],
      exports: [ThrottlerModule],
    }
  }
}
