import { RateLimiterRes } from 'rate-limiter-flexible'
import { describe, expect, it } from 'vitest'
import { hitRecordOf } from './postgres-throttler-storage.js'

describe('hitRecordOf (rate-limiter-flexible → the throttler)', () => {
  it.each([
    ['the first hit of a window', new RateLimiterRes(3, 60_000, 1, true), false, { totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 }],
    ['a hit under the limit, part-way through', new RateLimiterRes(1, 41_200, 3), false, { totalHits: 3, timeToExpire: 42, isBlocked: false, timeToBlockExpire: 0 }],
    ['the hit that starts a block', new RateLimiterRes(0, 60_000, 5), true, { totalHits: 5, timeToExpire: 60, isBlocked: true, timeToBlockExpire: 60 }],
    ['a hit at the very end of a block (Retry-After is never 0)', new RateLimiterRes(0, 0, 9), true, { totalHits: 9, timeToExpire: 0, isBlocked: true, timeToBlockExpire: 1 }],
  ])('%s', (_name, res, blocked, record) => {
    expect(hitRecordOf(res, blocked)).toEqual(record)
  })
})
