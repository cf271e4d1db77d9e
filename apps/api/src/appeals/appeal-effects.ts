import { deadlineAfter, extendDeadline, type WorkingCalendar } from '../calendar/working-days.js'
import type { DeadlinePolicy } from '../deadline-policy/deadline-policy.js'
import type { Audience } from '../notifications/notification-audience.js'
import type { AppealAction, AppealStatus, Party } from './appeal-state.js'
import type { Appeal } from './appeal.entity.js'

/**
 * What each action does besides moving the status (issue 21 §2), as one pure table beside the state
 * table (appeal-state.ts): which times it stamps, which deadlines it sets (in working days of the
 * deadline policy, "1515") or clears, whether the 催办 / overdue flags start again, and who is told
 * what. The lifecycle (appeal-lifecycle.service.ts) applies the row of the action; the commands
 * (appeal-commands.ts) add only what their input says (the bureaus of a dispatch, a rating, an
 * extension request) and what goes on the timeline. appeal-effects.spec.ts is the grid.
 */

/** Times set to the action's time. */
export type Stamp = 'dispatchedAt' | 'acceptedAt' | 'respondedAt' | 'ratedAt' | 'closedAt'
export type DeadlineField = 'acceptDueAt' | 'answerDueAt' | 'rateDueAt'
/**
 * `accept`: the policy's acceptDays from now; `answer`: simpleDays or complexDays by the appeal's
 * complexity; `rate`: rateDays; `extend`: the answer deadline moved by the approved request's working days.
 */
export type DeadlineRule = 'accept' | 'answer' | 'rate' | 'extend'
/** Fields set back to nothing; `routing` is the lead bureau, the assisting bureaus and the complexity. */
export type Cleared = 'routing' | 'dispatchedAt' | 'acceptedAt' | 'respondedAt' | DeadlineField
/**
 * Who is told: the lead bureau (none while there is none), the assisting bureaus, the assisting
 * bureaus the lead answered without (`skipped_assisting`), the enterprise, the coordinators, or
 * `others`: everyone on the appeal but the writer's own side (a message).
 */
export type Recipient = 'lead' | 'assisting' | 'skipped_assisting' | 'enterprise' | 'coordinators' | 'others'
/** Data a notice carries besides the appeal's number and title: the lead bureau, or what the command's input says. */
export type NoticeField = 'leadBureau' | 'reason' | 'rating' | 'resolved' | 'workingDays'

export interface Notice {
  /** The notification kind (notifications/, mail templates). */
  kind: string
  to: readonly Recipient[]
  /** The deadline the notice names as `dueAt`, as it is after the action. */
  dueAt?: 'accept' | 'answer'
  /** `bureau`: the acting bureau, or the lead bureau before the action (a return). */
  bureau?: 'actor' | 'previous_lead'
  with?: readonly NoticeField[]
  /** Constant data (the job's close says `auto`). */
  fixed?: Readonly<Record<string, unknown>>
}

export interface Effect {
  stamp: readonly Stamp[]
  deadlines: Readonly<Partial<Record<DeadlineField, DeadlineRule>>>
  clear: readonly Cleared[]
  /** A new deadline: the reminder (催办) and overdue flags (remindedAt, overdueNotifiedAt) clear, so the sweeper tells again. */
  clearReminders: boolean
  count?: 'returnCount' | 'reopenCount'
  pendingExtension?: boolean
  notify: readonly Notice[]
}

/** An action whose effects depend on where it leads (a rating: closed, or reopened when unsatisfied). */
export interface ByOutcome {
  byStatus: Readonly<Partial<Record<AppealStatus, Effect>>>
}

function effect(e: Partial<Effect>): Effect {
  return { stamp: [], deadlines: {}, clear: [], clearReminders: false, notify: [], ...e }
}

export const EFFECTS: Readonly<Record<AppealAction, Effect | ByOutcome>> = {
  dispatch: effect({
    stamp: ['dispatchedAt'],
    deadlines: { acceptDueAt: 'accept', answerDueAt: 'answer' },
    clear: ['acceptedAt'],
    clearReminders: true,
    notify: [
      { kind: 'dispatched', to: ['lead'], dueAt: 'accept' },
      { kind: 'assisting', to: ['assisting'], dueAt: 'accept' },
      { kind: 'dispatched', to: ['enterprise'], dueAt: 'accept', with: ['leadBureau'] },
    ],
  }),
  accept: effect({ stamp: ['acceptedAt'], clearReminders: true, notify: [{ kind: 'accepted', to: ['enterprise'], dueAt: 'answer' }] }),
  return: effect({
    clear: ['routing', 'dispatchedAt', 'acceptDueAt', 'acceptedAt', 'answerDueAt'],
    clearReminders: true,
    count: 'returnCount',
    notify: [{ kind: 'returned', to: ['coordinators'], bureau: 'previous_lead', with: ['reason'] }],
  }),
  respond: effect({
    stamp: ['respondedAt'],
    deadlines: { rateDueAt: 'rate' },
    clearReminders: true,
    notify: [
      { kind: 'responded', to: ['enterprise'] },
      { kind: 'opinion_skipped', to: ['skipped_assisting'], bureau: 'actor', with: ['reason'] },
    ],
  }),
  rate: {
    byStatus: {
      // 满意 / 基本满意
      closed: effect({ stamp: ['ratedAt', 'closedAt'], clear: ['rateDueAt'], notify: [{ kind: 'rated', to: ['lead', 'coordinators'], with: ['rating', 'resolved'] }] }),
      // 不满意: back to the lead bureau with a fresh answer deadline
      in_progress: effect({
        stamp: ['ratedAt'],
        deadlines: { answerDueAt: 'answer' },
        clear: ['rateDueAt', 'respondedAt'],
        clearReminders: true,
        count: 'reopenCount',
        notify: [{ kind: 'reopened', to: ['lead', 'coordinators'], with: ['rating', 'resolved'] }],
      }),
    },
  },
  withdraw: effect({ stamp: ['closedAt'], notify: [{ kind: 'withdrawn', to: ['coordinators', 'lead'] }] }),
  opinion: effect({ notify: [{ kind: 'opinion', to: ['lead'], bureau: 'actor' }] }),
  message: effect({ notify: [{ kind: 'message', to: ['others'] }] }),
  request_extension: effect({ pendingExtension: true, notify: [{ kind: 'extension_requested', to: ['coordinators'], with: ['workingDays'] }] }),
  approve_extension: effect({
    pendingExtension: false,
    deadlines: { answerDueAt: 'extend' },
    clearReminders: true,
    notify: [{ kind: 'extension_approved', to: ['lead'], dueAt: 'answer', with: ['workingDays'] }],
  }),
  refuse_extension: effect({ pendingExtension: false, notify: [{ kind: 'extension_refused', to: ['lead'], dueAt: 'answer', with: ['workingDays'] }] }),
  close: effect({ stamp: ['closedAt'], clear: ['rateDueAt'], notify: [{ kind: 'closed', to: ['enterprise'] }] }),
  auto_close: effect({ stamp: ['closedAt'], clear: ['rateDueAt'], notify: [{ kind: 'closed', to: ['enterprise', 'lead'], fixed: { auto: true } }] }),
}

/** The effects of `action` leading to `to` (appeal-state.ts decides `to`). */
export function effectOf(action: AppealAction, to: AppealStatus): Effect {
  const row = EFFECTS[action]
  if (!('byStatus' in row)) return row
  const byStatus = row.byStatus[to]
  if (!byStatus) throw new Error(`No effects for ${action} to ${to}`)
  return byStatus
}

/** What of the appeal the effects read and write. */
export type EffectFields = Pick<
  Appeal,
  | 'leadBureau' | 'assistingBureaus' | 'complexity' | 'dispatchedAt' | 'acceptDueAt' | 'acceptedAt' | 'answerDueAt' | 'respondedAt' | 'rateDueAt'
  | 'ratedAt' | 'closedAt' | 'remindedAt' | 'overdueNotifiedAt' | 'returnCount' | 'reopenCount' | 'pendingExtension'
>

export interface EffectContext {
  now: Date
  calendar: WorkingCalendar
  /** The deadline policy in force (read only when the effect sets a deadline). */
  policy: Pick<DeadlinePolicy, 'acceptDays' | 'simpleDays' | 'complexDays' | 'rateDays'> | null
  /** approve_extension: the request's working days. */
  extensionDays?: number
}

/** Does the effect set a deadline (and so need the policy)? */
export function setsDeadlines(e: Effect): boolean {
  return Object.keys(e.deadlines).length > 0
}

/** The appeal's fields the effect changes, given the appeal after the command's own changes. Pure. */
export function changesOf(e: Effect, appeal: EffectFields, ctx: EffectContext): Partial<EffectFields> {
  const patch: Partial<EffectFields> = {}
  for (const field of e.stamp) patch[field] = ctx.now
  for (const field of e.clear) {
    if (field === 'routing') Object.assign(patch, { leadBureau: null, assistingBureaus: [], complexity: null })
    else patch[field] = null
  }
  if (e.clearReminders) Object.assign(patch, { remindedAt: null, overdueNotifiedAt: null })
  if (e.count) patch[e.count] = appeal[e.count] + 1
  if (e.pendingExtension !== undefined) patch.pendingExtension = e.pendingExtension
  for (const [field, rule] of Object.entries(e.deadlines) as [DeadlineField, DeadlineRule][]) patch[field] = deadlineOf(rule, appeal, ctx)
  return patch
}

function deadlineOf(rule: DeadlineRule, appeal: EffectFields, { now, calendar, policy, extensionDays }: EffectContext): Date {
  if (rule === 'extend') {
    if (!appeal.answerDueAt || extensionDays === undefined) throw new Error('An extension needs the answer deadline and the working days')
    return extendDeadline(calendar, appeal.answerDueAt, extensionDays)
  }
  if (!policy) throw new Error(`The ${rule} deadline needs the deadline policy`)
  const days = rule === 'accept' ? policy.acceptDays : rule === 'rate' ? policy.rateDays : appeal.complexity === 'complex' ? policy.complexDays : policy.simpleDays
  return deadlineAfter(calendar, now, days)
}

export interface NoticeContext {
  /** The appeal after the action's changes. */
  appeal: Pick<Appeal, 'number' | 'title' | 'enterpriseUscc' | 'leadBureau' | 'assistingBureaus' | 'acceptDueAt' | 'answerDueAt'>
  /** The lead bureau before the action. */
  previousLead: string | null
  actor: { parties: readonly Party[]; bureau: string | null }
  /** respond: the assisting bureaus answered without. */
  skippedAssisting?: readonly string[]
  /** What the command's input says (a reason, a rating, working days). */
  input?: Partial<Record<NoticeField, unknown>>
}

export interface Notification {
  kind: string
  audiences: Audience[]
  data: Record<string, unknown>
}

const bureau = (id: string): Audience => ({ kind: 'bureau', id })

/** The audiences of one recipient. Pure. */
export function audiencesOf(recipient: Recipient, { appeal, actor, skippedAssisting = [] }: NoticeContext): Audience[] {
  switch (recipient) {
    case 'lead': return appeal.leadBureau ? [bureau(appeal.leadBureau)] : []
    case 'assisting': return appeal.assistingBureaus.map(bureau)
    case 'skipped_assisting': return skippedAssisting.map(bureau)
    case 'enterprise': return [{ kind: 'enterprise', id: appeal.enterpriseUscc }]
    case 'coordinators': return [{ kind: 'coordinators', id: '' }]
    case 'others': {
      const out: Audience[] = []
      if (!actor.parties.includes('owner')) out.push({ kind: 'enterprise', id: appeal.enterpriseUscc })
      if (!actor.parties.includes('coordinator')) out.push({ kind: 'coordinators', id: '' })
      if (appeal.leadBureau && actor.bureau !== appeal.leadBureau) out.push(bureau(appeal.leadBureau))
      return out
    }
  }
}

/** The notifications of the effect, in the table's order (a notice whose audience is empty is none). Pure. */
export function notificationsOf(e: Effect, ctx: NoticeContext): Notification[] {
  const { appeal } = ctx
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  return e.notify.flatMap((notice) => {
    const audiences = notice.to.flatMap((r) => audiencesOf(r, ctx))
    if (audiences.length === 0) return []
    const values: Record<NoticeField, unknown> = { leadBureau: appeal.leadBureau, reason: undefined, rating: undefined, resolved: undefined, workingDays: undefined, ...ctx.input }
    const data: Record<string, unknown> = { number: appeal.number, title: appeal.title }
    if (notice.dueAt) data['dueAt'] = iso(notice.dueAt === 'accept' ? appeal.acceptDueAt : appeal.answerDueAt)
    if (notice.bureau) data['bureau'] = notice.bureau === 'actor' ? ctx.actor.bureau : ctx.previousLead
    for (const field of notice.with ?? []) data[field] = values[field]
    return [{ kind: notice.kind, audiences, data: { ...data, ...notice.fixed } }]
  })
}
