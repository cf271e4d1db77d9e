import type { Role, Viewer } from '@servicepack/ui/auth'
import { describe, expect, it } from 'vitest'
import { activeNav, navFor, navItemsOf } from '@servicepack/ui'
import { routes } from './routes'

const as = (...roles: Role[]): Viewer => ({ authenticated: true, roles })

describe('admin navigation by role', () => {
  it.each<[string, Viewer, string[]]>([
    ['not signed in', { authenticated: false, roles: [] }, []],
    ['coordinator', as('coordinator'), ['/', '/appeals', '/enterprises', '/metrics', '/notices', '/answers', '/measure-funnel', '/open-data', '/account']],
    ['bureau officer', as('bureau_officer'), ['/', '/appeals', '/metrics', '/answers', '/account']],
    ['association', as('association'), ['/', '/notices', '/account']],
    ['admin', as('admin'), ['/', '/appeals', '/enterprises', '/metrics', '/notices', '/answers', '/measure-funnel', '/open-data', '/catalogue', '/account']],
    ['enterprise (no back-office sections)', as('enterprise'), ['/', '/account']],
    ['coordinator who is also an association', as('coordinator', 'association'), ['/', '/appeals', '/enterprises', '/metrics', '/notices', '/answers', '/measure-funnel', '/open-data', '/account']],
  ])('%s sees %j', (_name, viewer, paths) => {
    expect(navFor(routes, viewer).map((item) => item.to)).toEqual(paths)
  })

  it.each([
    ['/', '/'],
    ['/appeals/17', '/appeals'],
    ['/metrics', '/metrics'],
    ['/enterprises/91310115MA1K4FTB1X', '/enterprises'],
    ['/notices/5eed0001-0000-4000-8000-000000000001', '/notices'],
    ['/notices/new', '/notices'],
  ])('highlights %s as %s', (path, active) => {
    expect(activeNav(navItemsOf(routes), path)).toBe(active)
  })
})
