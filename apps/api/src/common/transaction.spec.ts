import type { DataSource, EntityManager } from 'typeorm'
import { QueryFailedError } from 'typeorm'
import { describe, expect, it } from 'vitest'
import { inTransaction, retryDelayMs, TRANSACTION_RETRIES } from './transaction.js'

const conflict = (code: string) => new QueryFailedError('UPDATE …', [], Object.assign(new Error(code), { severity: 'ERROR', code }))

/** A DataSource whose transactions fail with the given errors in turn, then succeed. */
function failing(...errors: unknown[]): { db: DataSource; runs: () => number } {
  let runs = 0
  const db = {
    transaction: async (work: (em: EntityManager) => Promise<unknown>) => {
      runs++
      const error = errors.shift()
      if (error !== undefined) throw error
      return work({} as EntityManager)
    },
  } as unknown as DataSource
  return { db, runs: () => runs }
}

describe('inTransaction', () => {
  it.each(['40P01', '40001'])('runs the work again after %s', async (code) => {
    const { db, runs } = failing(conflict(code), conflict(code))
    await expect(inTransaction(db, async () => 'done')).resolves.toBe('done')
    expect(runs()).toBe(3)
  })

  it(`gives up after ${TRANSACTION_RETRIES} retries and lets the conflict through`, async () => {
    const errors = Array.from({ length: TRANSACTION_RETRIES + 1 }, () => conflict('40P01'))
    const last = errors.at(-1)
    const { db, runs } = failing(...errors)
    await expect(inTransaction(db, async () => 'never')).rejects.toBe(last)
    expect(runs()).toBe(TRANSACTION_RETRIES + 1)
  })

  it.each([
    ['a unique violation', conflict('23505')],
    ['a refusal of the service', new Error('409')],
  ])('never retries %s', async (_name, error) => {
    const { db, runs } = failing(error)
    await expect(inTransaction(db, async () => 'never')).rejects.toBe(error)
    expect(runs()).toBe(1)
  })
})

describe('retryDelayMs', () => {
  it.each([
    [1, 0, 10],
    [1, 1, 30],
    [2, 0.5, 40],
    [3, 0, 40],
    [3, 1, 120],
  ])('retry %i with random %d → %i ms', (n, random, ms) => {
    expect(retryDelayMs(n, 20, () => random)).toBe(ms)
  })
})
