import { describe, expect, it } from 'vitest'
import { escapeIcsText, foldIcsLine, toIcs } from './notice-ics.js'

describe('toIcs', () => {
  const ics = toIcs({
    uid: '0d6c…@servicepack',
    stamp: new Date('2026-12-01T02:03:04.567Z'),
    start: new Date('2026-12-15T01:00:00Z'),
    end: new Date('2026-12-15T04:00:00Z'),
    summary: '集成电路企业研发投入政策解读会, 第一期; 浦东',
    description: '## 安排\n1. 政策解读\n2. 答疑',
    location: '张江科学会堂 3F',
    url: 'https://portal.example/notices/1',
    organizer: '上海市集成电路行业协会',
    status: 'CONFIRMED',
    sequence: 2,
  })
  const lines = ics.split('\r\n')

  it('is one VEVENT in UTC with CRLF line ends', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('DTSTART:20261215T010000Z')
    expect(lines).toContain('DTEND:20261215T040000Z')
    expect(lines).toContain('DTSTAMP:20261201T020304Z')
    expect(lines).toContain('SEQUENCE:2')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:集成电路企业研发投入政策解读会\\, 第一期\\; 浦东')
    expect(unfolded).toContain('DESCRIPTION:## 安排\\n1. 政策解读\\n2. 答疑')
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  })

  it('folds and escapes on their own', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    const folded = foldIcsLine('X:' + '字'.repeat(40))
    expect(folded.split('\r\n ').join('')).toBe('X:' + '字'.repeat(40))
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
  })
})
