import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * One rate-limit counter (`<throttler>:<user or address>`), shared by every API instance on the
 * database: rate-limiter-flexible's Postgres store reads and writes it (its own layout; it inserts
 * the columns positionally, so their order is part of the contract). A fixed window: `points` hits
 * until `expire` (epoch milliseconds); a blocked key is held at limit + 1 until its block ends.
 * UNLOGGED (see the migration): counters are worth no WAL and may be lost in a crash.
 */
@Entity({ name: 'rate_limits' })
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string

  @Column({ type: 'integer', default: 0 })
  points!: number

  /** Epoch milliseconds; pg returns bigint as a string. */
  @Column({ type: 'bigint', nullable: true })
  expire!: string | null
}
