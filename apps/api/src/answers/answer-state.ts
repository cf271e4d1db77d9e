/**
 * The life of a public answer (政策问答), pure:
 *
 *   proposed ──approve──▶ approved ──withdraw──▶ withdrawn
 *      │                     └──supersede──▶ superseded   (a newer answer replaces it; both kept)
 *      └──decline──▶ declined
 *
 * A bureau officer proposes (from an appeal its bureau answered); a coordinator decides, withdraws
 * and supersedes. Only approved and superseded answers are public (a superseded one points to its successor).
 */
export const ANSWER_STATUSES = ['proposed', 'approved', 'declined', 'withdrawn', 'superseded'] as const
export type AnswerStatus = (typeof ANSWER_STATUSES)[number]

export const ANSWER_ACTIONS = ['approve', 'decline', 'withdraw', 'supersede'] as const
export type AnswerAction = (typeof ANSWER_ACTIONS)[number]

const TRANSITIONS: Record<AnswerAction, { from: readonly AnswerStatus[]; to: AnswerStatus }> = {
  approve: { from: ['proposed'], to: 'approved' },
  decline: { from: ['proposed'], to: 'declined' },
  withdraw: { from: ['approved'], to: 'withdrawn' },
  supersede: { from: ['approved'], to: 'superseded' },
}

/** The status an action leads to from a status, or null when it is not possible there. */
export function nextStatus(status: AnswerStatus, action: AnswerAction): AnswerStatus | null {
  const t = TRANSITIONS[action]
  return t.from.includes(status) ? t.to : null
}

/** The statuses anyone may read (no sign-in). */
export const PUBLIC_STATUSES: readonly AnswerStatus[] = ['approved', 'superseded']

/** Whether an answer in this status is found by search (superseded ones are reached through their successor). */
export function isSearchable(status: AnswerStatus): boolean {
  return status === 'approved'
}
