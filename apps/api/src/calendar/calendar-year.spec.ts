import { describe, expect, it } from 'vitest'
import { importChanges, yearView } from './calendar-year.js'

describe('a year of the calendar', () => {
  it('shows stored days as stored and the others by the weekday rule, uncovered', () => {
    const view = yearView(2027, [{ date: '2027-01-01', working: false, name: '元旦', source: 'admin' }])
    expect(view).toHaveLength(365)
    expect(view.slice(0, 4)).toEqual([
      { date: '2027-01-01', working: false, name: '元旦', source: 'admin' },
      { date: '2027-01-02', working: false, name: null, source: null }, // Saturday
      { date: '2027-01-03', working: false, name: null, source: null },
      { date: '2027-01-04', working: true, name: null, source: null },
    ])
  })

  it('imports a notice: the listed days as listed, every other day by the weekday rule; only changes are returned', () => {
    const stored = [
      { date: '2027-01-01', working: false, name: '元旦', source: 'admin' }, // unchanged
      { date: '2027-01-04', working: false, name: '误录', source: 'admin' }, // not in the notice: back to the weekday rule
    ]
    const changes = importChanges(2027, [{ date: '2027-01-01', working: false, name: '元旦' }, { date: '2027-02-07', working: true, name: '春节' }], stored)
    expect(changes).toHaveLength(365 - 1)
    expect(changes.find((c) => c.date === '2027-01-01')).toBeUndefined()
    expect(changes.find((c) => c.date === '2027-01-04')).toEqual({ date: '2027-01-04', before: { working: false, name: '误录' }, after: { working: true, name: null } })
    expect(changes.find((c) => c.date === '2027-02-07')).toEqual({ date: '2027-02-07', before: null, after: { working: true, name: '春节' } })
    expect(changes.find((c) => c.date === '2027-01-02')).toEqual({ date: '2027-01-02', before: null, after: { working: false, name: null } })
  })

  it('imports nothing when the year already says what the notice says', () => {
    const all = yearView(2027, []).map((d) => ({ ...d, source: 'import', ...(d.date === '2027-01-01' ? { working: false, name: '元旦' } : {}) }))
    expect(importChanges(2027, [{ date: '2027-01-01', working: false, name: '元旦' }], all)).toEqual([])
  })
})
