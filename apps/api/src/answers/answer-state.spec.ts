import { describe, expect, it } from 'vitest'
import { ANSWER_ACTIONS, ANSWER_STATUSES, isSearchable, nextStatus, type AnswerAction, type AnswerStatus } from './answer-state.js'

/** The whole grid: every status × every action. */
const grid: Record<AnswerStatus, Record<AnswerAction, AnswerStatus | null>> = {
  proposed: { approve: 'approved', decline: 'declined', withdraw: null, supersede: null },
  approved: { approve: null, decline: null, withdraw: 'withdrawn', supersede: 'superseded' },
  declined: { approve: null, decline: null, withdraw: null, supersede: null },
  withdrawn: { approve: null, decline: null, withdraw: null, supersede: null },
  superseded: { approve: null, decline: null, withdraw: null, supersede: null },
}

describe('nextStatus', () => {
  for (const status of ANSWER_STATUSES) {
    for (const action of ANSWER_ACTIONS) {
      it(`${status} --${action}--> ${grid[status][action] ?? 'refused'}`, () => {
        expect(nextStatus(status, action)).toBe(grid[status][action])
      })
    }
  }
})

describe('isSearchable', () => {
  it.each(ANSWER_STATUSES.map((s) => [s, s === 'approved']))('%s → %s', (status, expected) => {
    expect(isSearchable(status as AnswerStatus)).toBe(expected)
  })
})
