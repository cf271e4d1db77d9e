import { describe, expect, it } from 'vitest'
import { groupOf, groupSql, NOTIFICATION_GROUPS } from './notification-groups.js'

describe('notification groups', () => {
  it.each([
    ['reminder', 'a1', 'deadline'],
    ['overdue', 'a1', 'deadline'],
    ['dispatched', 'a1', 'appeal'],
    ['responded', 'a1', 'appeal'],
    ['notice_published', null, 'notice'],
    ['notice_reminder', null, 'notice'],
    ['measure_eligible', null, 'other'],
    ['application_answered', 'a1', 'appeal'],
    ['noticeboard', null, 'other'],
  ] as const)('%s (appeal %s) → %s', (kind, appealId, group) => {
    expect(groupOf({ kind, appealId })).toBe(group)
  })

  it('each group has its own SQL, and the groups leave nothing out (checked against PostgreSQL in notifications-page.spec.ts)', () => {
    const sql = NOTIFICATION_GROUPS.map(groupSql)
    expect(new Set(sql).size).toBe(NOTIFICATION_GROUPS.length)
    for (const s of sql) expect(s).toMatch(/^[\w\s.'(),\\%=<>!]+$/)
  })
})
