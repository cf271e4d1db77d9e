import { Injectable, type ExecutionContext } from '@nestjs/common'
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler'
import { ApiException } from '../common/error-shape.js'
import { trackerOf } from './rate-limits.js'

interface RequestLike {
  ip: string
  principal?: { sub: string }
}

/**
 * @nestjs/throttler's guard, counting per user once the AuthGuard (which runs first) has verified
 * the caller and per IP address otherwise; one budget per throttler across all routes; 429 in the
 * error shape (`RATE_LIMITED`) with a plain `Retry-After` in seconds.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as RequestLike
    return trackerOf(r.principal?.sub, r.ip)
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: string): void }>()
    reply.header('retry-after', String(Math.max(1, Math.ceil(detail.timeToBlockExpire))))
    throw new ApiException(429, 'RATE_LIMITED', `Too many requests; at most ${detail.limit} a minute. Retry after ${Math.max(1, Math.ceil(detail.timeToBlockExpire))} s.`)
  }
}
