import { describe, expect, it } from 'vitest'
import { policyProblems, samePolicy } from './deadline-policy.js'

const p = { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 1, openDataDays: 3 }

describe('the deadline policy', () => {
  it.each([
    ['the 1515 default', p, []],
    ['simple as long as complex', { ...p, simpleDays: 15 }, []],
    ['simple longer than complex', { ...p, simpleDays: 16 }, ['simpleDays']],
    ['accepting as long as answering', { ...p, acceptDays: 5 }, []],
    ['accepting longer than answering', { ...p, acceptDays: 6 }, ['acceptDays']],
    ['both', { ...p, acceptDays: 9, simpleDays: 8, complexDays: 7 }, ['simpleDays', 'acceptDays']],
  ])('%s', (_, policy, fields) => {
    expect(policyProblems(policy).map((x) => x.field)).toEqual(fields)
  })

  it('compares every field', () => {
    expect(samePolicy(p, { ...p })).toBe(true)
    for (const key of Object.keys(p) as (keyof typeof p)[]) expect(samePolicy(p, { ...p, [key]: p[key] + 1 })).toBe(false)
  })
})
