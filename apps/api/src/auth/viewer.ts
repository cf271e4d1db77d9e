import type { Principal, Role } from './principal.js'

/**
 * Who is asking: the verified principal, its roles and, for an enterprise user, the enterprise it is
 * bound to (verified against the binding), else null. Every feature's access file takes this (or a
 * `Pick` of it); `ViewerPipe` (enterprises/current-viewer.ts) builds it once per request.
 */
export interface Viewer {
  principal: Principal
  roles: readonly Role[]
  boundUscc: string | null
}

export function viewerOf(principal: Principal, boundUscc: string | null = null): Viewer {
  return { principal, roles: principal.roles, boundUscc }
}
