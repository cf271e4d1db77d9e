/**
 * The kinds of notification as the notifications page filters them (issue 19 §5): a few groups a
 * reader understands, not the raw kinds (which other features keep adding). Pure: `groupOf` says
 * which group a notification is in; `groupSql` says the same in SQL on alias `n` — the spec checks
 * that they agree.
 */
export const NOTIFICATION_GROUPS = ['deadline', 'appeal', 'notice', 'other'] as const
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number]

/** Deadlines: reminders before, notices after a deadline passes. */
const DEADLINE_KINDS = ['reminder', 'overdue'] as const

export function groupOf(n: { kind: string; appealId: string | null }): NotificationGroup {
  if ((DEADLINE_KINDS as readonly string[]).includes(n.kind)) return 'deadline'
  if (n.kind.startsWith('notice_')) return 'notice'
  if (n.appealId !== null) return 'appeal'
  return 'other'
}

const DEADLINE_SQL = `n.kind IN (${DEADLINE_KINDS.map((k) => `'${k}'`).join(', ')})`
const NOTICE_SQL = `n.kind LIKE 'notice\\_%'`

export function groupSql(group: NotificationGroup): string {
  switch (group) {
    case 'deadline':
      return DEADLINE_SQL
    case 'notice':
      return `(NOT ${DEADLINE_SQL} AND ${NOTICE_SQL})`
    case 'appeal':
      return `(NOT ${DEADLINE_SQL} AND NOT ${NOTICE_SQL} AND n.appeal_id IS NOT NULL)`
    case 'other':
      return `(NOT ${DEADLINE_SQL} AND NOT ${NOTICE_SQL} AND n.appeal_id IS NULL)`
  }
}
