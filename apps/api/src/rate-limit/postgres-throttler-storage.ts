import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common'
import type { ThrottlerStorage } from '@nestjs/throttler'
import { InjectDataSource } from '@nestjs/typeorm'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { DataSource } from 'typeorm'

/** The throttler's answer for one hit (its ThrottlerStorageRecord). */
export interface HitRecord {
  totalHits: number
  timeToExpire: number
  isBlocked: boolean
  timeToBlockExpire: number
}

/** Every few minutes (with jitter, per instance) rows expired a minute ago are deleted. */
const SWEEP_EVERY_MS = 5 * 60_000
const SWEEP_GRACE_MS = 60_000

/**
 * rate-limiter-flexible's answer → the throttler's record. `consume` resolves under the limit and
 * rejects with a RateLimiterRes at or over it; `msBeforeNext` is then the rest of the block.
 */
export function hitRecordOf(res: RateLimiterRes, blocked: boolean): HitRecord {
  const seconds = Math.max(0, Math.ceil(res.msBeforeNext / 1000))
  return { totalHits: res.consumedPoints, timeToExpire: seconds, isBlocked: blocked, timeToBlockExpire: blocked ? Math.max(1, seconds) : 0 }
}

/**
 * The throttler's storage over PostgreSQL, so N API instances count one budget: rate-limiter-flexible's
 * Postgres store (one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` per hit on the table
 * `rate_limits`, made by a migration; a second statement only on the hit that starts a block). One
 * limiter per (limit, window, block) the guard asks for. Queries go through the app's pool: when it is
 * exhausted the hit waits DB_POOL_WAIT_MS and the request is answered 503 BUSY.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits')
  private readonly limiters = new Map<string, RateLimiterPostgres>()
  private sweeper: NodeJS.Timeout | null = null

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<HitRecord> {
    try {
      return hitRecordOf(await this.limiterFor(limit, ttl, blockDuration).consume(key), false)
    } catch (e) {
      if (e instanceof RateLimiterRes) return hitRecordOf(e, true)
      throw e
    }
  }

  /** Deletes counters whose window (or block) ended before `now` less a minute; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    const [, deleted] = (await this.db.query(`DELETE FROM rate_limits WHERE expire < $1`, [now - SWEEP_GRACE_MS])) as [unknown, number]
    return deleted
  }

  onApplicationBootstrap(): void {
    const every = SWEEP_EVERY_MS * (0.75 + Math.random() / 2) // instances spread their sweeps
    this.sweeper = setInterval(() => void this.sweep().catch((err: unknown) => this.logger.warn({ err }, 'sweeping expired rate-limit counters failed')), every)
    this.sweeper.unref()
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper)
    this.sweeper = null
  }

  private limiterFor(limit: number, ttlMs: number, blockMs: number): RateLimiterPostgres {
    const id = `${limit}/${ttlMs}/${blockMs}`
    let limiter = this.limiters.get(id)
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: this.db,
        storeType: 'typeorm', // the DataSource's pg pool (driver.master), read at each query
        tableName: 'rate_limits',
        tableCreated: true, // by the migration
        clearExpiredByTimeout: false, // sweep() instead: one timer, stopped on shutdown
        keyPrefix: 'rl',
        points: limit,
        duration: ttlMs / 1000,
        blockDuration: blockMs / 1000,
      })
      this.limiters.set(id, limiter)
    }
    return limiter
  }
}
