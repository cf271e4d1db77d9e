/**
 * The appeal lifecycle (product.md §3) as one table, pure:
 *
 *   submitted ──dispatch──▶ dispatched ──accept──▶ in_progress ──respond──▶ responded ──rate ok──▶ closed
 *      │  ▲                   │  │                    │                          │  └─auto_close / close─▶ closed
 *   withdraw └── return ──────┘  withdraw        return / withdraw        rate "unsatisfied"
 *      ▼      (then re-dispatch)                 extension requests          ──▶ in_progress (reopened)
 *   withdrawn
 *
 * Who acts is a party of the appeal, not a bare role: the enterprise that owns it, a coordinator,
 * the lead bureau (主办), an assisting bureau (协办), or the system (jobs). `appeal-access.ts` says which
 * parties a caller is; this file says what each party may do in each state.
 */

export const APPEAL_STATUSES = ['submitted', 'dispatched', 'in_progress', 'responded', 'closed', 'withdrawn'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]

export const APPEAL_ACTIONS = [
  'dispatch',
  'accept',
  'return',
  'respond',
  'rate',
  'withdraw',
  'opinion',
  'message',
  'request_extension',
  'approve_extension',
  'refuse_extension',
  'close',
  'auto_close',
] as const
export type AppealAction = (typeof APPEAL_ACTIONS)[number]

export const PARTIES = ['owner', 'coordinator', 'lead', 'assisting', 'system'] as const
export type Party = (typeof PARTIES)[number]

export const RATINGS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const
export type Rating = (typeof RATINGS)[number]

/** What besides the status decides an action: a pending extension request, assisting opinions still awaited. */
export interface AppealSituation {
  status: AppealStatus
  pendingExtension: boolean
  /** An assisting bureau has not given its opinion since the dispatch (see awaitedOpinions). */
  awaitingOpinion?: boolean
}

/** The shortest answer the lead may send (characters, after trimming): at least a sentence. */
export const ANSWER_MIN_CHARS = 10

/** The assisting bureaus whose opinion is still awaited: those with no opinion since the current dispatch. Pure. */
export function awaitedOpinions(assisting: readonly string[], opinionsFrom: readonly string[]): string[] {
  return assisting.filter((b) => !opinionsFrom.includes(b))
}

interface Rule {
  from: readonly AppealStatus[]
  by: readonly Party[]
  /** The status after the action; `same` leaves it. `rate` depends on the rating (see next()). */
  to: AppealStatus | 'same'
  /** Extra condition on the situation. */
  when?: (s: AppealSituation) => boolean
}

const OPEN: readonly AppealStatus[] = ['submitted', 'dispatched', 'in_progress', 'responded']

export const RULES: Readonly<Record<AppealAction, Rule>> = {
  // dispatch, and re-dispatch after the lead bureau returned the appeal (once dispatched, it is the
  // bureaus' until they return it: two coordinators dispatching at once cannot both succeed)
  dispatch: { from: ['submitted'], by: ['coordinator'], to: 'dispatched' },
  accept: { from: ['dispatched'], by: ['lead'], to: 'in_progress' },
  // the lead bureau sends it back to the coordinator, with a reason
  return: { from: ['dispatched', 'in_progress'], by: ['lead'], to: 'submitted', when: (s) => !s.pendingExtension },
  respond: { from: ['in_progress'], by: ['lead'], to: 'responded', when: (s) => !s.pendingExtension },
  // satisfied / basically satisfied → closed; unsatisfied → in_progress again (reopened)
  rate: { from: ['responded'], by: ['owner'], to: 'closed' },
  withdraw: { from: ['submitted', 'dispatched', 'in_progress'], by: ['owner'], to: 'withdrawn' },
  opinion: { from: ['dispatched', 'in_progress'], by: ['assisting'], to: 'same' },
  message: { from: OPEN, by: ['owner', 'coordinator', 'lead', 'assisting'], to: 'same' },
  request_extension: { from: ['in_progress'], by: ['lead'], to: 'same', when: (s) => !s.pendingExtension },
  approve_extension: { from: ['in_progress'], by: ['coordinator'], to: 'same', when: (s) => s.pendingExtension },
  refuse_extension: { from: ['in_progress'], by: ['coordinator'], to: 'same', when: (s) => s.pendingExtension },
  // a coordinator may close an answered appeal the enterprise does not rate; the job does it after N working days
  close: { from: ['responded'], by: ['coordinator'], to: 'closed' },
  auto_close: { from: ['responded'], by: ['system'], to: 'closed' },
}

export type Decision =
  | { ok: true; to: AppealStatus }
  /**
   * `party`: none of the caller's parties may ever do this (403); `state`: not now (409);
   * `opinion`: the lead answers while an assisting opinion is awaited without saying it will not wait (409).
   */
  | { ok: false; reason: 'party' | 'state' | 'opinion' }

/**
 * May one of `parties` do `action` in this situation, and what status follows? The lead answers
 * while an assisting opinion is awaited only when it says so (`skipAssistingOpinion`, with a reason
 * that goes on the timeline; the assisting bureau is told).
 */
export function decide(situation: AppealSituation, action: AppealAction, parties: readonly Party[], rating?: Rating, skipAssistingOpinion = false): Decision {
  const rule = RULES[action]
  if (!parties.some((p) => rule.by.includes(p))) return { ok: false, reason: 'party' }
  if (!rule.from.includes(situation.status) || (rule.when && !rule.when(situation))) return { ok: false, reason: 'state' }
  if (action === 'respond' && situation.awaitingOpinion && !skipAssistingOpinion) return { ok: false, reason: 'opinion' }
  if (action === 'rate' && rating === 'unsatisfied') return { ok: true, to: 'in_progress' }
  return { ok: true, to: rule.to === 'same' ? situation.status : rule.to }
}

/**
 * Every action the parties may take now, in APPEAL_ACTIONS order (the DTO's `allowedActions`).
 * `respond` is offered while an opinion is awaited too: the lead may answer by saying it will not wait.
 */
export function allowedActions(situation: AppealSituation, parties: readonly Party[]): AppealAction[] {
  return APPEAL_ACTIONS.filter((a) => a !== 'auto_close' && decide(situation, a, parties, undefined, true).ok)
}

export function isOpen(status: AppealStatus): boolean {
  return OPEN.includes(status)
}
