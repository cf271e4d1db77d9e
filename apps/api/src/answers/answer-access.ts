import type { Role } from '../auth/principal.js'
import type { AnswerAction, AnswerStatus } from './answer-state.js'
import { PUBLIC_STATUSES } from './answer-state.js'

/**
 * Who may read an answer and act on it (pure, table-tested). Anyone (no sign-in) reads approved and
 * superseded answers; coordinators and admins read all; a bureau officer reads its own bureau's
 * proposals too. Anything else is answered 404, as if it did not exist. Only coordinators decide.
 */
export interface AnswerViewer {
  roles: readonly Role[]
  bureau: string | null
}

export function canReadAnswer(viewer: AnswerViewer | null, answer: { status: AnswerStatus; bureau: string }): boolean {
  if (PUBLIC_STATUSES.includes(answer.status)) return true
  if (!viewer) return false
  if (viewer.roles.includes('coordinator') || viewer.roles.includes('admin')) return true
  return viewer.roles.includes('bureau_officer') && viewer.bureau !== null && viewer.bureau === answer.bureau
}

export function mayDecide(viewer: AnswerViewer, _action: AnswerAction): boolean {
  return viewer.roles.includes('coordinator')
}

/** The appeal a bureau proposes an answer from: its bureau leads it, and it has been answered. */
export function mayProposeFrom(viewer: AnswerViewer, appeal: { leadBureau: string | null; status: string }): 'ok' | 'not_visible' | 'not_answered' {
  if (!viewer.roles.includes('bureau_officer') || viewer.bureau === null || viewer.bureau !== appeal.leadBureau) return 'not_visible'
  return appeal.status === 'responded' || appeal.status === 'closed' ? 'ok' : 'not_answered'
}
