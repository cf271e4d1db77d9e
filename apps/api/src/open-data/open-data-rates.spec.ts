import { describe, expect, it } from 'vitest'
import { calendarOf } from '../calendar/working-days.js'
import { etagOf, notModified } from './http-cache.js'
import { openDataCsv } from './open-data-csv.js'
import { cellsOf, monthTable, parseMonth, previousMonth, rankChange, rateCell, scoreOf, type FrozenCounts } from './open-data-rates.js'
import { dueMonths, publicationDay } from './publication-schedule.js'

const counts = (o: Partial<FrozenCounts>): FrozenCounts => ({ dispatched: 0, acceptedOnTime: 0, responded: 0, respondedOnTime: 0, rated: 0, resolved: 0, satisfied: 0, ...o })

describe('suppression: a denominator under 5 publishes neither the rate nor its numerator', () => {
  it.each([
    [0, 0, { numerator: null, denominator: 0, rate: null, suppressed: true }],
    [3, 3, { numerator: null, denominator: 3, rate: null, suppressed: true }],
    [4, 4, { numerator: null, denominator: 4, rate: null, suppressed: true }],
    [4, 5, { numerator: 4, denominator: 5, rate: 0.8, suppressed: false }],
    [0, 12, { numerator: 0, denominator: 12, rate: 0, suppressed: false }],
  ])('%i ÷ %i', (n, d, cell) => expect(rateCell(n, d)).toEqual(cell))

  it('each rate takes its own numerator and denominator', () => {
    const c = cellsOf(counts({ dispatched: 10, acceptedOnTime: 9, responded: 8, respondedOnTime: 6, rated: 3, resolved: 3, satisfied: 2 }))
    expect(c.responseRate.rate).toBe(0.9)
    expect(c.onTimeAnswerRate.rate).toBe(0.75)
    expect(c.satisfactionRate).toEqual({ numerator: null, denominator: 3, rate: null, suppressed: true })
    expect(c.resolutionRate.suppressed).toBe(true)
    expect(scoreOf(c)).toBeCloseTo((0.9 + 0.75) / 2)
  })
})

describe('ranking and its change', () => {
  // the ranking itself (competitionRanks) is table-tested in packages/policy-rules (ranking.spec.ts)
  it.each([
    [3, 1, 2],
    [1, 3, -2],
    [2, 2, 0],
    [undefined, 1, null],
    [1, undefined, null],
  ])('from %s to %s: %s', (before, now, change) => expect(rankChange(before, now)).toBe(change))

  it('a month table: ranked rows first, unranked after, with last month’s rank', () => {
    const good = counts({ dispatched: 10, acceptedOnTime: 10, responded: 10, respondedOnTime: 10, rated: 10, resolved: 10, satisfied: 10 })
    const fair = counts({ dispatched: 10, acceptedOnTime: 5, responded: 10, respondedOnTime: 5 })
    const tiny = counts({ dispatched: 2, acceptedOnTime: 2 })
    const rows = monthTable(new Map([['tiny', tiny], ['fair', fair], ['good', good]]), new Map([['good', fair], ['fair', good]]))
    expect(rows.map((r) => [r.bureau, r.rank, r.previousRank, r.rankChange])).toEqual([['good', 1, 2, 1], ['fair', 2, 1, -1], ['tiny', null, null, null]])
    expect(monthTable(new Map([['good', good]]), null)[0]!.rankChange).toBeNull()
  })
})

describe('months and their publication', () => {
  it.each([['2026-11', '2026-11'], ['2026-13', null], ['2026-00', null], ['1999-12', null], ['2026-1', null], ['2026-11x', null], ['../etc', null]])('parseMonth(%s)', (s, m) => expect(parseMonth(s)).toBe(m))
  it('previous month across a year', () => expect(previousMonth('2027-01')).toBe('2026-12'))

  // National Day 2026-10-01..07 off, Saturday 10-10 a make-up working day
  const calendar = calendarOf([['2026-10-01', false], ['2026-10-02', false], ['2026-10-05', false], ['2026-10-06', false], ['2026-10-07', false], ['2026-10-10', true]])
  it.each([
    ['2026-11', 3, '2026-12-03'], // Tue 1, Wed 2, Thu 3
    ['2026-10', 3, '2026-11-04'], // ends on a Saturday: Mon 2, Tue 3, Wed 4
    ['2026-09', 3, '2026-10-10'], // the holiday: Thu 8, Fri 9, the make-up Saturday 10
    ['2026-11', 1, '2026-12-01'],
  ])('%s with N=%i is published on %s', (month, n, day) => expect(publicationDay(calendar, month, n)).toBe(day))
  it('due months: up to the ones whose day has come', () => {
    expect(dueMonths(calendar, '2026-06', '2026-12-02', 3)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'])
    expect(dueMonths(calendar, '2026-06', '2026-12-03', 3)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'])
    expect(dueMonths(calendar, '2026-12', '2026-12-03', 3)).toEqual([])
  })
})

describe('the CSV and the cache headers', () => {
  const month = {
    month: '2026-11', version: 1, publishedAt: '2026-12-03T00:00:00.000Z', correctedAt: null as string | null, note: null as string | null, methodVersion: '2026.1', minDenominator: 5, previousMonth: null,
    city: { dispatched: 13, ...cellsOf(counts({ dispatched: 13, acceptedOnTime: 12, rated: 8, resolved: 7, satisfied: 8 })) },
    rows: monthTable(new Map([['sheitc', counts({ dispatched: 10, acceptedOnTime: 9, rated: 5, resolved: 4, satisfied: 5 })], ['stcsm', counts({ dispatched: 3, acceptedOnTime: 3, rated: 3, resolved: 3, satisfied: 3 })]]), null).map((r) => ({
      ...r, bureauName: r.bureau === 'sheitc' ? '=市经济信息化委' : '市科委', dispatched: 0,
    })),
  }
  const csv = openDataCsv(month).toString('utf8')
  const lines = csv.split('\r\n')
  it('UTF-8 with BOM, Chinese headers, numerators and denominators, "—" where suppressed, formulas neutralised', () => {
    expect(csv.startsWith('\uFEFF月份,排名,排名变化,牵头部门,部门代码,响应率,')).toBe(true)
    expect(lines[0]).toContain('满意率分母（评价数）')
    expect(lines[0]!.endsWith(',版本,口径版本,更正日期,更正说明')).toBe(true)
    expect(lines[1]).toBe("2026-11,1,,'=市经济信息化委,sheitc,90.0%,9,10,80.0%,4,5,100.0%,5,5,—,—,0,1,2026.1,,")
    expect(lines[2]).toBe('2026-11,,,市科委,stcsm,—,—,3,—,—,3,—,—,3,—,—,0,1,2026.1,,')
    expect(lines[3]).toBe('2026-11,,,全市,city,92.3%,12,13,87.5%,7,8,100.0%,8,8,—,—,0,1,2026.1,,')
  })
  it('a corrected month says so on every row: the date in Shanghai and the note (formulas neutralised)', () => {
    const corrected = openDataCsv({ ...month, version: 2, publishedAt: '2026-12-09T17:30:00.000Z', correctedAt: '2026-12-09T17:30:00.000Z', note: '=补录一件逾期答复' }).toString('utf8').split('\r\n')
    for (const line of corrected.slice(1, 4)) expect(line.endsWith(",2,2026.1,2026-12-10,'=补录一件逾期答复")).toBe(true)
  })
  it('ETag and If-None-Match', () => {
    const tag = etagOf('x')
    expect(tag).toMatch(/^"[\w-]{27}"$/)
    expect(etagOf('x')).toBe(tag)
    expect(etagOf('y')).not.toBe(tag)
    expect(notModified(tag, tag)).toBe(true)
    expect(notModified(`"a", W/${tag}`, tag)).toBe(true)
    expect(notModified('*', tag)).toBe(true)
    expect(notModified('"other"', tag)).toBe(false)
    expect(notModified(undefined, tag)).toBe(false)
  })
})
