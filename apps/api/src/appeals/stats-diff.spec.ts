import { describe, expect, it } from 'vitest'
import type { StatsTable } from './appeal-stats-recount.js'
import { COUNTERS, type Counters, type StatsKey } from './appeal-stats.js'
import { statsDifferences } from './stats-diff.js'

const key: StatsKey = { day: '2026-12-01', bureau: 'sheitc', role: 'lead', category: 'funding', district: 'pudong' }
const k = '2026-12-01|sheitc|lead|funding|pudong'
const zero = () => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Counters
function table(counters: Partial<Counters>, days: [number, number][] = []): StatsTable {
  return new Map([[k, { key, counters: { ...zero(), ...counters }, answerDays: new Map(days) }]])
}

describe('statsDifferences', () => {
  it.each<[string, StatsTable, StatsTable, string[]]>([
    ['equal tables', table({ dispatched: 3 }, [[2, 1]]), table({ dispatched: 3 }, [[2, 1]]), []],
    ['both empty', new Map(), new Map(), []],
    ['an all-zero stored row is as good as none', table({}), new Map(), []],
    ['a counter differs', table({ dispatched: 3 }), table({ dispatched: 2 }), [`${k} dispatched: stored 3, recount 2`]],
    ['a row only stored', table({ rated: 1 }), new Map(), [`${k}: stored only`]],
    ['a row only recounted', new Map(), table({ rated: 1 }), [`${k}: recount only`]],
    ['answer days differ', table({ responded: 1 }, [[3, 1]]), table({ responded: 1 }, [[4, 1]]), [`${k} answered in 3 working days: stored 1, recount 0`, `${k} answered in 4 working days: stored 0, recount 1`]],
  ])('%s', (_name, stored, recounted, expected) => {
    expect(statsDifferences(stored, recounted)).toEqual(expected)
  })
})
