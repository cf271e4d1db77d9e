import { describe, expect, it } from 'vitest'
import type { Role } from '../auth/principal.js'
import { canReadAnswer, mayDecide, mayProposeFrom, type AnswerViewer } from './answer-access.js'
import type { AnswerStatus } from './answer-state.js'

const v = (roles: Role[], bureau: string | null = null): AnswerViewer => ({ roles, bureau })
const anonymous = null
const enterprise = v(['enterprise'])
const coordinator = v(['coordinator'])
const admin = v(['admin'])
const sheitc = v(['bureau_officer'], 'sheitc')
const stcsm = v(['bureau_officer'], 'stcsm')
const association = v(['association'])

describe('canReadAnswer (an answer of sheitc)', () => {
  const cases: [string, AnswerViewer | null, Record<AnswerStatus, boolean>][] = [
    ['anonymous', anonymous, { proposed: false, approved: true, declined: false, withdrawn: false, superseded: true }],
    ['enterprise', enterprise, { proposed: false, approved: true, declined: false, withdrawn: false, superseded: true }],
    ['association', association, { proposed: false, approved: true, declined: false, withdrawn: false, superseded: true }],
    ['coordinator', coordinator, { proposed: true, approved: true, declined: true, withdrawn: true, superseded: true }],
    ['admin', admin, { proposed: true, approved: true, declined: true, withdrawn: true, superseded: true }],
    ['its bureau', sheitc, { proposed: true, approved: true, declined: true, withdrawn: true, superseded: true }],
    ['another bureau', stcsm, { proposed: false, approved: true, declined: false, withdrawn: false, superseded: true }],
  ]
  for (const [name, viewer, expected] of cases) {
    for (const [status, ok] of Object.entries(expected)) {
      it(`${name} ${ok ? 'reads' : 'does not read'} a ${status} answer`, () => {
        expect(canReadAnswer(viewer, { status: status as AnswerStatus, bureau: 'sheitc' })).toBe(ok)
      })
    }
  }
})

describe('mayDecide', () => {
  it.each([
    ['coordinator', coordinator, true],
    ['admin', admin, false],
    ['bureau', sheitc, false],
    ['enterprise', enterprise, false],
  ] as const)('%s → %s', (_, viewer, ok) => {
    expect(mayDecide(viewer, 'approve')).toBe(ok)
  })
})

describe('mayProposeFrom', () => {
  it.each([
    ['the lead, answered', sheitc, 'sheitc', 'responded', 'ok'],
    ['the lead, closed', sheitc, 'sheitc', 'closed', 'ok'],
    ['the lead, not yet answered', sheitc, 'sheitc', 'in_progress', 'not_answered'],
    ['another bureau', stcsm, 'sheitc', 'responded', 'not_visible'],
    ['a coordinator', coordinator, 'sheitc', 'responded', 'not_visible'],
    ['an undispatched appeal', sheitc, null, 'submitted', 'not_visible'],
  ] as const)('%s → %s', (_, viewer, leadBureau, status, expected) => {
    expect(mayProposeFrom(viewer, { leadBureau, status })).toBe(expected)
  })
})
