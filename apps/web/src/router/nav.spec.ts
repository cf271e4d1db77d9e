import type { Role, Viewer } from '@servicepack/ui/auth'
import { describe, expect, it } from 'vitest'
import { activeNav, navFor, navItemsOf } from '@servicepack/ui'
import { routes } from './routes'

const anonymous: Viewer = { authenticated: false, roles: [] }
const as = (...roles: Role[]): Viewer => ({ authenticated: true, roles })

describe('web navigation by role', () => {
  it.each<[string, Viewer, string[]]>([
    ['anonymous visitor', anonymous, ['/', '/measures', '/measures/try', '/answers', '/open-data']],
    ['enterprise', as('enterprise'), ['/', '/measures', '/measures/try', '/answers', '/open-data', '/package', '/profile', '/appeals', '/notices', '/account']],
    ['coordinator', as('coordinator'), ['/', '/measures', '/measures/try', '/answers', '/open-data', '/account']],
    ['bureau officer', as('bureau_officer'), ['/', '/measures', '/measures/try', '/answers', '/open-data', '/account']],
    ['association', as('association'), ['/', '/measures', '/measures/try', '/answers', '/open-data', '/account']],
    ['admin (no implicit enterprise access)', as('admin'), ['/', '/measures', '/measures/try', '/answers', '/open-data', '/account']],
    ['signed in without roles', as(), ['/', '/measures', '/measures/try', '/answers', '/open-data', '/account']],
  ])('%s sees %j', (_name, viewer, paths) => {
    expect(navFor(routes, viewer).map((item) => item.to)).toEqual(paths)
  })

  it('leaves routes without meta.nav (forbidden, not found) out of the navigation', () => {
    expect(navItemsOf(routes).map((item) => item.to)).not.toContain('/forbidden')
  })

  it.each([
    ['/', '/'],
    ['/appeals', '/appeals'],
    ['/appeals/42', '/appeals'],
    ['/packages', '/packages'],
    ['/measures/try', '/measures/try'],
    ['/measures/basic-research', '/measures'],
    ['/measures', '/measures'],
    ['/open-data', '/open-data'],
  ])('highlights %s as %s', (path, active) => {
    expect(activeNav(navItemsOf(routes), path)).toBe(active)
  })
})
