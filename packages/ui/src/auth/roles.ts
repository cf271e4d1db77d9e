/** The realm roles of the `servicepack` realm (infra/keycloak). */
export const ROLES = ['enterprise', 'coordinator', 'bureau_officer', 'association', 'admin'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/**
 * Who may see a navigation entry or open a route (display only: the API decides).
 * - `'public'`: everybody, signed in or not
 * - `'authenticated'`: any signed-in user
 * - a list of roles: a signed-in user holding at least one of them (no implicit admin override)
 */
export type Access = 'public' | 'authenticated' | readonly Role[]

export interface Viewer {
  authenticated: boolean
  roles: readonly Role[]
}

export function canAccess(access: Access | undefined, viewer: Viewer): boolean {
  if (access === undefined || access === 'public') return true
  if (!viewer.authenticated) return false
  if (access === 'authenticated') return true
  return access.some((role) => viewer.roles.includes(role))
}

/** Keeps the entries the viewer may see, in their order. */
export function visibleNav<T extends { access?: Access }>(items: readonly T[], viewer: Viewer): T[] {
  return items.filter((item) => canAccess(item.access, viewer))
}
