import { describe, expect, it } from 'vitest'
import type { Role } from '../auth/principal.js'
import { noticeAccess, noticeScope, type NoticeViewer } from './notice-access.js'

const A = '91310115MA1K4C7L8X'
const viewer = (roles: Role[], boundUscc: string | null = null, association: string | null = null): NoticeViewer => ({ roles, boundUscc, association })
const published = { association: 'sh-ic-association', status: 'published' as const }
const draft = { ...published, status: 'draft' as const }
const reached = { reached: true, hasRegistration: false }
const outside = { reached: false, hasRegistration: false }

describe('noticeAccess', () => {
  it.each<[string, NoticeViewer, typeof published | typeof draft, typeof reached, boolean, string[]]>([
    ['its association', viewer(['association'], null, 'sh-ic-association'), published, outside, true, ['owner']],
    ['its association, a draft', viewer(['association'], null, 'sh-ic-association'), draft, outside, true, ['owner']],
    ['another association', viewer(['association'], null, 'sh-biomedicine-association'), published, outside, false, []],
    ['an association user without a claim', viewer(['association']), published, outside, false, []],
    ['a coordinator', viewer(['coordinator']), draft, outside, true, ['coordinator']],
    ['an admin', viewer(['admin']), published, outside, true, ['admin']],
    ['an enterprise of the audience', viewer(['enterprise'], A), published, reached, true, ['audience']],
    ['an enterprise outside the audience', viewer(['enterprise'], A), published, outside, false, []],
    ['an enterprise with a registration (the audience narrowed since)', viewer(['enterprise'], A), published, { reached: false, hasRegistration: true }, true, ['audience']],
    ['an enterprise, a draft aimed at it', viewer(['enterprise'], A), draft, reached, false, []],
    ['an enterprise of the audience, cancelled', viewer(['enterprise'], A), { ...published, status: 'cancelled' as never }, reached, true, ['audience']],
    ['an unbound enterprise user', viewer(['enterprise']), published, reached, false, []],
    ['a bureau officer', viewer(['bureau_officer']), published, reached, false, []],
  ])('%s → visible %s as %j', (_, v, notice, audience, visible, parties) => {
    expect(noticeAccess(v, notice, audience)).toEqual({ visible, parties })
  })
})

describe('noticeScope (lists)', () => {
  it('coordinators and admins see all; an association its own; an enterprise what reached it; others none', () => {
    expect(noticeScope(viewer(['coordinator']))).toBeNull()
    expect(noticeScope(viewer(['admin']))).toBeNull()
    expect(noticeScope(viewer(['association'], null, 'sh-ic-association'))).toEqual({ sql: '(n.association = :scopeAssociation)', params: { scopeAssociation: 'sh-ic-association' } })
    const e = noticeScope(viewer(['enterprise'], A))
    expect(e && e.params).toEqual({ scopeUscc: A })
    expect(e && e.sql).toContain(`n.status <> 'draft'`)
    expect(noticeScope(viewer(['enterprise']))).toBe(false)
    expect(noticeScope(viewer(['association']))).toBe(false)
    expect(noticeScope(viewer(['bureau_officer']))).toBe(false)
  })
})
