import { describe, expect, it } from 'vitest'
import { calendarOf } from '../calendar/working-days.js'
import { changesOf, EFFECTS, effectOf, notificationsOf, setsDeadlines, type EffectFields, type NoticeContext } from './appeal-effects.js'
import { APPEAL_ACTIONS, type AppealAction, type AppealStatus, type Party } from './appeal-state.js'

/**
 * What every action does besides moving the status, written out by hand (not derived from EFFECTS):
 * the fields it changes on one appeal and the notifications it sends, with their data. The appeal is
 * a simple one led by bureau L with assisting bureaus A1 and A2, enterprise E; it is Monday
 * 2026-12-07 10:00 in Shanghai, with no holidays (the weekday rule); the policy is 1 working day to
 * accept, 5 to answer (15 when complex), 7 before an unrated answer closes.
 */
const NOW = new Date('2026-12-07T02:00:00Z')
const calendar = calendarOf([])
const policy = { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 7 }
// the ends of Shanghai days, as instants
const ACCEPT = '2026-12-08T16:00:00.000Z' // Tuesday: 1 working day
const ANSWER = '2026-12-14T16:00:00.000Z' // next Monday: 5 working days
const COMPLEX = '2026-12-28T16:00:00.000Z' // 15 working days
const RATE = '2026-12-16T16:00:00.000Z' // 7 working days
const OLD_ANSWER = '2026-12-10T16:00:00.000Z' // the answer deadline before the action (Thursday)
const EXTENDED = '2026-12-15T16:00:00.000Z' // Thursday + 3 working days (an approved request of 3)
const EARLIER = new Date('2026-12-01T02:00:00Z')

function appeal(): EffectFields & NoticeContext['appeal'] {
  return {
    number: 'SQ-2026-000001',
    title: 'T',
    enterpriseUscc: 'E',
    leadBureau: 'L',
    assistingBureaus: ['A1', 'A2'],
    complexity: 'simple',
    dispatchedAt: EARLIER,
    acceptDueAt: new Date('2026-12-02T16:00:00Z'),
    acceptedAt: EARLIER,
    answerDueAt: new Date(OLD_ANSWER),
    respondedAt: EARLIER,
    rateDueAt: new Date('2026-12-09T16:00:00Z'),
    ratedAt: null,
    closedAt: null,
    remindedAt: EARLIER,
    overdueNotifiedAt: EARLIER,
    returnCount: 2,
    reopenCount: 1,
    pendingExtension: true,
  }
}

const actors: Record<string, NoticeContext['actor']> = {
  lead: { parties: ['lead'], bureau: 'L' },
  assisting: { parties: ['assisting'], bureau: 'A1' },
  owner: { parties: ['owner'], bureau: null },
  coordinator: { parties: ['coordinator'], bureau: null },
  system: { parties: ['system'], bureau: null },
}
/** Everything a command may say; each notice carries only what the table names. */
const input = { reason: 'why', rating: 'unsatisfied', resolved: false, workingDays: 3 }

/** A notification as `kind → audiences | data` (number and title left out: every notice has them). */
function shown(n: { kind: string; audiences: { kind: string; id: string }[]; data: Record<string, unknown> }): string {
  const to = n.audiences.map((a) => (a.kind === 'coordinators' ? 'coordinators' : `${a.kind}:${a.id}`)).join(' ')
  const data = Object.entries(n.data).filter(([k]) => k !== 'number' && k !== 'title').map(([k, v]) => `${k}=${String(v)}`)
  return `${n.kind} → ${to} |${data.length ? ' ' + data.join(' ') : ''}`
}
const d = (iso: string) => new Date(iso)

type Row = [AppealAction, AppealStatus, keyof typeof actors, Partial<Record<keyof EffectFields, unknown>>, string[]]
const reminders = { remindedAt: null, overdueNotifiedAt: null }
const grid: Row[] = [
  ['dispatch', 'dispatched', 'coordinator', { dispatchedAt: NOW, acceptDueAt: d(ACCEPT), answerDueAt: d(ANSWER), acceptedAt: null, ...reminders }, [
    `dispatched → bureau:L | dueAt=${ACCEPT}`,
    `assisting → bureau:A1 bureau:A2 | dueAt=${ACCEPT}`,
    `dispatched → enterprise:E | dueAt=${ACCEPT} leadBureau=L`,
  ]],
  ['accept', 'in_progress', 'lead', { acceptedAt: NOW, ...reminders }, [`accepted → enterprise:E | dueAt=${OLD_ANSWER}`]],
  ['return', 'submitted', 'lead', {
    leadBureau: null, assistingBureaus: [], complexity: null, dispatchedAt: null, acceptDueAt: null, acceptedAt: null, answerDueAt: null, ...reminders, returnCount: 3,
  }, ['returned → coordinators | bureau=L reason=why']],
  ['respond', 'responded', 'lead', { respondedAt: NOW, rateDueAt: d(RATE), ...reminders }, ['responded → enterprise:E |', 'opinion_skipped → bureau:A2 | bureau=L reason=why']],
  ['rate', 'closed', 'owner', { ratedAt: NOW, closedAt: NOW, rateDueAt: null }, ['rated → bureau:L coordinators | rating=unsatisfied resolved=false']],
  ['rate', 'in_progress', 'owner', { ratedAt: NOW, rateDueAt: null, respondedAt: null, answerDueAt: d(ANSWER), ...reminders, reopenCount: 2 }, [
    'reopened → bureau:L coordinators | rating=unsatisfied resolved=false',
  ]],
  ['withdraw', 'withdrawn', 'owner', { closedAt: NOW }, ['withdrawn → coordinators bureau:L |']],
  ['opinion', 'in_progress', 'assisting', {}, ['opinion → bureau:L | bureau=A1']],
  ['message', 'in_progress', 'owner', {}, ['message → coordinators bureau:L |']],
  ['request_extension', 'in_progress', 'lead', { pendingExtension: true }, ['extension_requested → coordinators | workingDays=3']],
  ['approve_extension', 'in_progress', 'coordinator', { pendingExtension: false, answerDueAt: d(EXTENDED), ...reminders }, [
    `extension_approved → bureau:L | dueAt=${EXTENDED} workingDays=3`,
  ]],
  ['refuse_extension', 'in_progress', 'coordinator', { pendingExtension: false }, [`extension_refused → bureau:L | dueAt=${OLD_ANSWER} workingDays=3`]],
  ['close', 'closed', 'coordinator', { closedAt: NOW, rateDueAt: null }, ['closed → enterprise:E |']],
  ['auto_close', 'closed', 'system', { closedAt: NOW, rateDueAt: null }, ['closed → enterprise:E bureau:L | auto=true']],
]

/** What the lifecycle does with a row: the effect's changes, then its notices on the appeal as changed. */
function run(action: AppealAction, to: AppealStatus, actor: NoticeContext['actor'], base = appeal()) {
  const effect = effectOf(action, to)
  const changes = changesOf(effect, base, { now: NOW, calendar, policy, extensionDays: 3 })
  const after = { ...base, ...changes }
  const notices = notificationsOf(effect, { appeal: after, previousLead: base.leadBureau, actor, skippedAssisting: ['A2'], input })
  return { changes, notices: notices.map(shown) }
}

describe('the effects of every action', () => {
  it('has a row per action and per outcome of a rating', () => {
    expect(new Set(grid.map(([action]) => action))).toEqual(new Set(APPEAL_ACTIONS))
    expect(Object.keys(EFFECTS).sort()).toEqual([...APPEAL_ACTIONS].sort())
    expect(() => effectOf('rate', 'withdrawn')).toThrow()
  })

  it.each(grid)('%s → %s by %s', (action, to, actor, changes, notices) => {
    const got = run(action, to, actors[actor]!)
    expect(got.changes).toEqual(changes)
    expect(got.notices).toEqual(notices)
  })

  it('a complex appeal gets the complex answer window, at its dispatch and when it is reopened', () => {
    const complex = { ...appeal(), complexity: 'complex' as const }
    expect(run('dispatch', 'dispatched', actors['coordinator']!, complex).changes.answerDueAt).toEqual(d(COMPLEX))
    expect(run('rate', 'in_progress', actors['owner']!, complex).changes.answerDueAt).toEqual(d(COMPLEX))
  })

  it('every action that sets a handler a new deadline starts the reminder and overdue flags again', () => {
    for (const action of APPEAL_ACTIONS) {
      for (const to of ['dispatched', 'in_progress', 'responded', 'closed'] as AppealStatus[]) {
        let effect
        try {
          effect = effectOf(action, to)
        } catch {
          continue
        }
        if (setsDeadlines(effect)) expect(effect.clearReminders, `${action} → ${to}`).toBe(true)
      }
    }
  })

  it('withdrawing an appeal that was never dispatched tells the coordinators only', () => {
    const undispatched = { ...appeal(), leadBureau: null, assistingBureaus: [] }
    expect(run('withdraw', 'withdrawn', actors['owner']!, undispatched).notices).toEqual(['withdrawn → coordinators |'])
  })

  it('an answer that waited for every opinion tells no assisting bureau', () => {
    const effect = effectOf('respond', 'responded')
    const notices = notificationsOf(effect, { appeal: appeal(), previousLead: 'L', actor: actors['lead']!, skippedAssisting: [], input })
    expect(notices.map(shown)).toEqual(['responded → enterprise:E |'])
  })
})

/** A message reaches everyone on the appeal but the writer's own side. */
describe('who hears of a message', () => {
  it.each([
    ['owner', 'message → coordinators bureau:L |'],
    ['coordinator', 'message → enterprise:E bureau:L |'],
    ['lead', 'message → enterprise:E coordinators |'],
    ['assisting', 'message → enterprise:E coordinators bureau:L |'],
  ] as [Party, string][])('written by %s', (party, notice) => {
    expect(run('message', 'in_progress', actors[party]!).notices).toEqual([notice])
  })
})
