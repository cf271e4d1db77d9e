import { describe, expect, it } from 'vitest'
import type { Role } from '../auth/principal.js'
import { enterpriseAccess, enterpriseScope } from './enterprise-access.js'

const A = '91310115MA1K4C7L8X'
const B = '91310112MA1G8R3N83'

describe('enterpriseAccess', () => {
  it.each<[string, Role[], string | null, string, boolean, string[]]>([
    ['its own enterprise user', ['enterprise'], A, A, true, ['update']],
    ["another enterprise's user", ['enterprise'], B, A, false, []],
    ['an enterprise user not yet bound', ['enterprise'], null, A, false, []],
    ['a coordinator', ['coordinator'], null, A, true, ['assignSteward']],
    ['an admin', ['admin'], null, A, true, []],
    ['a bureau officer', ['bureau_officer'], null, A, false, []],
    ['an association', ['association'], null, A, false, []],
    ['a user without roles', [], null, A, false, []],
    ['a coordinator who is also an admin', ['admin', 'coordinator'], null, A, true, ['assignSteward']],
    ['an enterprise user who is also a coordinator, on their own', ['coordinator', 'enterprise'], A, A, true, ['update', 'assignSteward']],
    ['an enterprise user who is also a coordinator, on another', ['coordinator', 'enterprise'], A, B, true, ['assignSteward']],
  ])('%s', (_, roles, boundUscc, uscc, visible, actions) => {
    expect(enterpriseAccess({ roles, boundUscc }, uscc)).toEqual({ visible, actions })
  })
})

describe('enterpriseScope (the list, its counts and export)', () => {
  it.each<[string, Role[], string | null, ReturnType<typeof enterpriseScope>]>([
    ['a coordinator: every enterprise', ['coordinator'], null, null],
    ['an admin: every enterprise', ['admin'], null, null],
    ['an enterprise user: its own', ['enterprise'], A, { sql: 'e.uscc = :scopeUscc', params: { scopeUscc: A } }],
    ['an enterprise user not yet bound: none', ['enterprise'], null, false],
    ['a bureau officer: none (were the route opened to them)', ['bureau_officer'], null, false],
    ['an association: none', ['association'], null, false],
    ['no roles: none', [], null, false],
  ])('%s', (_, roles, boundUscc, scope) => {
    expect(enterpriseScope({ roles, boundUscc })).toEqual(scope)
  })
})
