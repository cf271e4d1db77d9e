import { describe, expect, it } from 'vitest'
import { canAccess, visibleNav, type Access, type Role, type Viewer } from './roles'

const anonymous: Viewer = { authenticated: false, roles: [] }
const as = (...roles: Role[]): Viewer => ({ authenticated: true, roles })

describe('canAccess', () => {
  it.each<[string, Access | undefined, Viewer, boolean]>([
    ['no rule is public', undefined, anonymous, true],
    ['public, anonymous', 'public', anonymous, true],
    ['public, signed in', 'public', as('admin'), true],
    ['authenticated, anonymous', 'authenticated', anonymous, false],
    ['authenticated, signed in without roles', 'authenticated', as(), true],
    ['role list, anonymous', ['enterprise'], anonymous, false],
    ['role list, matching role', ['enterprise'], as('enterprise'), true],
    ['role list, other role', ['enterprise'], as('coordinator'), false],
    ['role list, one of several', ['coordinator', 'admin'], as('bureau_officer', 'admin'), true],
    ['admin gets no implicit access', ['enterprise'], as('admin'), false],
    ['empty role list admits nobody', [], as('admin'), false],
  ])('%s', (_name, access, viewer, expected) => {
    expect(canAccess(access, viewer)).toBe(expected)
  })
})

describe('visibleNav', () => {
  const items = [
    { key: 'home', access: 'public' as const },
    { key: 'account', access: 'authenticated' as const },
    { key: 'package', access: ['enterprise'] as const },
    { key: 'metrics', access: ['coordinator', 'admin'] as const },
  ]

  it.each<[string, Viewer, string[]]>([
    ['anonymous', anonymous, ['home']],
    ['enterprise', as('enterprise'), ['home', 'account', 'package']],
    ['coordinator', as('coordinator'), ['home', 'account', 'metrics']],
    ['admin', as('admin'), ['home', 'account', 'metrics']],
  ])('%s sees %j', (_name, viewer, keys) => {
    expect(visibleNav(items, viewer).map((item) => item.key)).toEqual(keys)
  })
})
