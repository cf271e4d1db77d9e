import type { DataSource, EntityManager } from 'typeorm'
import { isRetryableConflict } from './db-errors.js'

/** Retries after the first attempt when PostgreSQL reports a deadlock or a serialization failure. */
export const TRANSACTION_RETRIES = 3

/** The pause before retry `n` (1, 2, …): doubling from `baseMs`, with jitter (×0.5–1.5) so colliding transactions part ways. */
export function retryDelayMs(n: number, baseMs = 20, random: () => number = Math.random): number {
  return Math.round(baseMs * 2 ** (n - 1) * (0.5 + random()))
}

/**
 * A service's transaction: `work` runs in one transaction, and runs again (up to TRANSACTION_RETRIES
 * more times) when PostgreSQL aborts it for a deadlock (40P01) or a serialization failure (40001) —
 * nothing of the aborted attempt was written. `work` must therefore do nothing but database work
 * through `em` (no files, no mail, no state outside it). Any other error, or the last conflict,
 * propagates (the exception filter answers a conflict that persists with 503 BUSY).
 */
export async function inTransaction<T>(
  db: DataSource,
  work: (em: EntityManager) => Promise<T>,
  options: { isolation?: 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE'; retries?: number; onRetry?: (n: number, error: unknown) => void } = {},
): Promise<T> {
  const retries = options.retries ?? TRANSACTION_RETRIES
  for (let n = 1; ; n++) {
    try {
      return options.isolation ? await db.transaction(options.isolation, work) : await db.transaction(work)
    } catch (e) {
      if (n > retries || !isRetryableConflict(e)) throw e
      options.onRetry?.(n, e)
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(n)))
    }
  }
}
