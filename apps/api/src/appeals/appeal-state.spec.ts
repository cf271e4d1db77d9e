import { describe, expect, it } from 'vitest'
import { allowedActions, APPEAL_ACTIONS, APPEAL_STATUSES, awaitedOpinions, decide, PARTIES, type AppealAction, type AppealStatus, type Party } from './appeal-state.js'

/**
 * Every (state, action, party) triple as one table, written out by hand (not derived from RULES).
 * A row names an action and a party that may take it; its cells say, per state, the status that
 * follows, or 409 (not in this state). Any (action, party) without a row is 403 in every state.
 * Cells are in APPEAL_STATUSES order: submitted, dispatched, in_progress, responded, closed, withdrawn.
 */
const S = 'submitted', D = 'dispatched', P = 'in_progress', R = 'responded', C = 'closed', W = 'withdrawn'
type Cell = AppealStatus | 409
const grid: [AppealAction, Party, boolean, Cell[]][] = [
  //  action               party          pending extension   submitted dispatched in_progress responded closed withdrawn
  ['dispatch',            'coordinator', false, [D,   409, 409, 409, 409, 409]],
  ['accept',              'lead',        false, [409, P,   409, 409, 409, 409]],
  ['return',              'lead',        false, [409, S,   S,   409, 409, 409]],
  ['return',              'lead',        true,  [409, 409, 409, 409, 409, 409]],
  ['respond',             'lead',        false, [409, 409, R,   409, 409, 409]],
  ['respond',             'lead',        true,  [409, 409, 409, 409, 409, 409]],
  ['rate',                'owner',       false, [409, 409, 409, C,   409, 409]],
  ['withdraw',            'owner',       false, [W,   W,   W,   409, 409, 409]],
  ['opinion',             'assisting',   false, [409, D,   P,   409, 409, 409]],
  ['message',             'owner',       false, [S,   D,   P,   R,   409, 409]],
  ['message',             'coordinator', false, [S,   D,   P,   R,   409, 409]],
  ['message',             'lead',        false, [S,   D,   P,   R,   409, 409]],
  ['message',             'assisting',   false, [S,   D,   P,   R,   409, 409]],
  ['request_extension',   'lead',        false, [409, 409, P,   409, 409, 409]],
  ['request_extension',   'lead',        true,  [409, 409, 409, 409, 409, 409]],
  ['approve_extension',   'coordinator', false, [409, 409, 409, 409, 409, 409]],
  ['approve_extension',   'coordinator', true,  [409, 409, P,   409, 409, 409]],
  ['refuse_extension',    'coordinator', false, [409, 409, 409, 409, 409, 409]],
  ['refuse_extension',    'coordinator', true,  [409, 409, P,   409, 409, 409]],
  ['close',               'coordinator', false, [409, 409, 409, C,   409, 409]],
  ['auto_close',          'system',      false, [409, 409, 409, C,   409, 409]],
]

const rows = new Map(grid.map(([action, party, pending, cells]) => [`${action}/${party}/${pending}`, cells]))
const triples = APPEAL_STATUSES.flatMap((status, i) =>
  [false, true].flatMap((pendingExtension) =>
    APPEAL_ACTIONS.flatMap((action) =>
      PARTIES.map((party) => {
        const row = rows.get(`${action}/${party}/${pendingExtension}`) ?? (pendingExtension ? rows.get(`${action}/${party}/false`) : undefined)
        const hasRow = [...rows.keys()].some((k) => k.startsWith(`${action}/${party}/`))
        const expected: Cell | 403 = hasRow ? row![i]! : 403
        return [status, pendingExtension, action, party, expected] as const
      }),
    ),
  ),
)

describe('the appeal state machine, every (state, action, party)', () => {
  it(`covers ${APPEAL_STATUSES.length} states × 2 × ${APPEAL_ACTIONS.length} actions × ${PARTIES.length} parties`, () => {
    expect(triples).toHaveLength(6 * 2 * 13 * 5)
  })

  it.each(triples)('%s (pending extension %s): %s by %s → %s', (status, pendingExtension, action, party, expected) => {
    const decision = decide({ status, pendingExtension }, action, [party], action === 'rate' ? 'satisfied' : undefined)
    if (expected === 403) expect(decision).toEqual({ ok: false, reason: 'party' })
    else if (expected === 409) expect(decision).toEqual({ ok: false, reason: 'state' })
    else expect(decision).toEqual({ ok: true, to: expected })
  })
})

/**
 * An assisting opinion still awaited changes one cell only: the lead's answer in progress, which
 * needs `skipAssistingOpinion` (409 reason `opinion` without it). Every other (state, action,
 * party) decides as without an awaited opinion.
 */
describe('the lead’s answer while an assisting opinion is awaited', () => {
  const triplesAwaiting = APPEAL_STATUSES.flatMap((status) => APPEAL_ACTIONS.flatMap((action) => PARTIES.map((party) => [status, action, party] as const)))
  it.each(triplesAwaiting)('%s: %s by %s', (status, action, party) => {
    const rating = action === 'rate' ? 'satisfied' : undefined
    const without = decide({ status, pendingExtension: false }, action, [party], rating)
    const waiting = decide({ status, pendingExtension: false, awaitingOpinion: true }, action, [party], rating)
    const skipping = decide({ status, pendingExtension: false, awaitingOpinion: true }, action, [party], rating, true)
    if (status === 'in_progress' && action === 'respond' && party === 'lead') {
      expect(waiting).toEqual({ ok: false, reason: 'opinion' })
      expect(skipping).toEqual({ ok: true, to: 'responded' })
    } else {
      expect(waiting).toEqual(without)
      expect(skipping).toEqual(without)
    }
  })

  it('a pending extension still comes first (409 state, skip or not)', () => {
    expect(decide({ status: 'in_progress', pendingExtension: true, awaitingOpinion: true }, 'respond', ['lead'], undefined, true)).toEqual({ ok: false, reason: 'state' })
  })

  it('the lead is offered respond (with the choice) while an opinion is awaited', () => {
    expect(allowedActions({ status: 'in_progress', pendingExtension: false, awaitingOpinion: true }, ['lead'])).toEqual(['return', 'respond', 'message', 'request_extension'])
  })

  it.each<[string[], string[], string[]]>([
    [[], [], []],
    [['stcsm'], [], ['stcsm']],
    [['stcsm'], ['stcsm'], []],
    [['stcsm', 'planning'], ['planning'], ['stcsm']],
    [['stcsm', 'planning'], ['sheitc'], ['stcsm', 'planning']], // the lead's own opinion is no assisting opinion
  ])('assisting %j, opinions from %j → awaited %j', (assisting, from, awaited) => {
    expect(awaitedOpinions(assisting, from)).toEqual(awaited)
  })
})

describe('rating', () => {
  it.each([
    ['satisfied', 'closed'],
    ['basically_satisfied', 'closed'],
    ['unsatisfied', 'in_progress'], // reopened, back to the lead bureau
  ] as const)('%s → %s', (rating, to) => {
    expect(decide({ status: 'responded', pendingExtension: false }, 'rate', ['owner'], rating)).toEqual({ ok: true, to })
  })
})

describe('allowedActions', () => {
  it.each<[AppealStatus, boolean, Party[], AppealAction[]]>([
    ['submitted', false, ['owner'], ['withdraw', 'message']],
    ['submitted', false, ['coordinator'], ['dispatch', 'message']],
    ['submitted', false, ['lead'], ['message']],
    ['dispatched', false, ['lead'], ['accept', 'return', 'message']],
    ['dispatched', false, ['assisting'], ['opinion', 'message']],
    ['in_progress', false, ['lead'], ['return', 'respond', 'message', 'request_extension']],
    ['in_progress', true, ['lead'], ['message']],
    ['in_progress', true, ['coordinator'], ['message', 'approve_extension', 'refuse_extension']],
    ['responded', false, ['owner'], ['rate', 'message']],
    ['responded', false, ['coordinator'], ['message', 'close']],
    ['closed', false, ['owner', 'coordinator', 'lead'], []],
    ['withdrawn', false, ['owner'], []],
    ['responded', false, ['system'], []], // auto_close is the job's, never offered to a person
    ['dispatched', false, [], []],
  ])('%s (pending %s) for %j → %j', (status, pendingExtension, parties, actions) => {
    expect(allowedActions({ status, pendingExtension }, parties)).toEqual(actions)
  })
})
