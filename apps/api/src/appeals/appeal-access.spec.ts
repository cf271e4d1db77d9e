import { describe, expect, it } from 'vitest'
import type { Role } from '../auth/principal.js'
import { appealAccess, appealActionsFor, appealScope } from './appeal-access.js'

const A = '91310115MA1K4C7L8X'
const B = '91310112MA1G8R3N83'
const appeal = { enterpriseUscc: A, leadBureau: 'sheitc', assistingBureaus: ['stcsm'] }
const viewer = (roles: Role[], boundUscc: string | null = null, bureau: string | null = null) => ({ roles, boundUscc, bureau })

describe('appealAccess', () => {
  it.each([
    ['its enterprise', viewer(['enterprise'], A), true, ['owner']],
    ['another enterprise', viewer(['enterprise'], B), false, []],
    ['an unbound enterprise user', viewer(['enterprise']), false, []],
    ['a coordinator', viewer(['coordinator']), true, ['coordinator']],
    ['an admin', viewer(['admin']), true, []],
    ['the lead bureau', viewer(['bureau_officer'], null, 'sheitc'), true, ['lead']],
    ['an assisting bureau', viewer(['bureau_officer'], null, 'stcsm'), true, ['assisting']],
    ['another bureau', viewer(['bureau_officer'], null, 'planning'), false, []],
    ['a bureau officer without a bureau claim', viewer(['bureau_officer']), false, []],
    ['an association', viewer(['association']), false, []],
    ['nobody', viewer([]), false, []],
  ])('%s → visible %s as %j', (_, v, visible, parties) => {
    expect(appealAccess(v, appeal)).toEqual({ visible, parties })
  })

  it('a bureau sees nothing of an appeal not yet dispatched to it', () => {
    expect(appealAccess(viewer(['bureau_officer'], null, 'sheitc'), { enterpriseUscc: A, leadBureau: null, assistingBureaus: [] }).visible).toBe(false)
  })

  it('offers each party only its own actions', () => {
    const dispatched = { ...appeal, status: 'dispatched' as const, pendingExtension: false }
    expect(appealActionsFor(viewer(['bureau_officer'], null, 'sheitc'), dispatched)).toEqual(['accept', 'return', 'message'])
    expect(appealActionsFor(viewer(['bureau_officer'], null, 'stcsm'), dispatched)).toEqual(['opinion', 'message'])
    expect(appealActionsFor(viewer(['enterprise'], A), dispatched)).toEqual(['withdraw', 'message'])
    expect(appealActionsFor(viewer(['admin']), dispatched)).toEqual([])
  })
})

describe('appealScope (lists and counts)', () => {
  it.each([
    ['a coordinator', viewer(['coordinator']), null],
    ['an admin', viewer(['admin']), null],
    ['an enterprise', viewer(['enterprise'], A), { sql: '(a.enterprise_uscc = :scopeUscc)', params: { scopeUscc: A } }],
    ['a bureau', viewer(['bureau_officer'], null, 'stcsm'), { sql: '((a.lead_bureau = :scopeBureau OR a.assisting_bureaus @> ARRAY[:scopeBureau]::varchar[]))', params: { scopeBureau: 'stcsm' } }],
    ['an unbound enterprise user', viewer(['enterprise']), false],
    ['an association', viewer(['association']), false],
  ])('%s', (_, v, scope) => {
    expect(appealScope(v)).toEqual(scope)
  })
})
