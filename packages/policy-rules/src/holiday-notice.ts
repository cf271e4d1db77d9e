import { isCalendarDate } from './calendar.js'

/**
 * The State Council's holiday notice (国务院办公厅关于某年部分节假日安排的通知), pasted as lines:
 *
 *     2027-01-01 休 元旦
 *     2027-02-07 班 春节
 *
 * one day a line: a date `YYYY-MM-DD`, then `休` (a day off) or `班` (a working day, e.g. a 调休
 * weekend), then optionally the holiday's name. Blank lines and lines starting with `#` are skipped;
 * `/` or `.` may separate the date's parts, and a full-width space works as well. Every other day of
 * the year follows the weekday rule (Monday–Friday worked). Pure, for the API and the admin app.
 */
export interface NoticeDay {
  date: string
  working: boolean
  name: string | null
}

export interface NoticeProblem {
  /** 1-based line number in the pasted text */
  line: number
  text: string
  reason: 'format' | 'date' | 'year' | 'duplicate' | 'kind'
}

export interface NoticeParse {
  days: NoticeDay[]
  problems: NoticeProblem[]
}

const LINE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s+(\S+)(?:\s+(.+))?$/
const OFF = new Set(['休', '休息', '假', '放假', 'off'])
const ON = new Set(['班', '上班', '补班', 'work'])
export const NOTICE_MAX_NAME = 100

export function parseHolidayNotice(text: string, year: number): NoticeParse {
  const days: NoticeDay[] = []
  const problems: NoticeProblem[] = []
  const seen = new Set<string>()
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(/\u3000/g, ' ').trim()
    if (line === '' || line.startsWith('#')) return
    const problem = (reason: NoticeProblem['reason']) => problems.push({ line: index + 1, text: line.slice(0, 80), reason })
    const m = LINE.exec(line)
    if (!m) return problem('format')
    const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
    if (!isCalendarDate(date)) return problem('date')
    if (Number(m[1]) !== year) return problem('year')
    const kind = m[4]!.toLowerCase()
    const working = ON.has(kind) ? true : OFF.has(kind) ? false : null
    if (working === null) return problem('kind')
    if (seen.has(date)) return problem('duplicate')
    seen.add(date)
    const name = m[5]?.trim().slice(0, NOTICE_MAX_NAME) || null
    days.push({ date, working, name })
  })
  return { days: days.sort((a, b) => a.date.localeCompare(b.date)), problems }
}

/** Monday–Friday: the status of a day no notice mentions. */
export function weekdayRule(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day !== 0 && day !== 6
}

/** Every date of a year, `YYYY-MM-DD`, in order. */
export function daysOfYear(year: number): string[] {
  const out: string[] = []
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10))
  return out
}
