import type { Role } from '../auth/principal.js'

/**
 * Who may see and do what with one enterprise. Pure and table-tested; the service asks it before
 * every read and write. An enterprise the caller may not see is answered 404, never 403, so its
 * existence is not revealed; one it may see but not change is 403.
 */
export const ENTERPRISE_ACTIONS = ['update', 'assignSteward'] as const
export type EnterpriseAction = (typeof ENTERPRISE_ACTIONS)[number]

export interface EnterpriseViewer {
  roles: readonly Role[]
  /** The enterprise an enterprise user is bound to (verified against the binding), else null. */
  boundUscc: string | null
}

export interface EnterpriseAccess {
  visible: boolean
  /** What the viewer may do besides reading, in ENTERPRISE_ACTIONS order (the DTO's allowedActions). */
  actions: EnterpriseAction[]
}

const NONE: EnterpriseAccess = { visible: false, actions: [] }

/** The roles' grants, united: a user with several roles gets what any of them allows. */
export function enterpriseAccess(viewer: EnterpriseViewer, uscc: string): EnterpriseAccess {
  const actions = new Set<EnterpriseAction>()
  let visible = false
  for (const role of viewer.roles) {
    switch (role) {
      case 'enterprise':
        if (viewer.boundUscc !== null && viewer.boundUscc === uscc) {
          visible = true
          actions.add('update')
        }
        break
      case 'coordinator':
        visible = true
        actions.add('assignSteward')
        break
      case 'admin':
        visible = true
        break
      // Bureau officers and associations see no enterprise records (yet): bureaus will see the
      // enterprises of appeals dispatched to them once appeals exist.
      case 'bureau_officer':
      case 'association':
        break
    }
  }
  if (!visible) return NONE
  return { visible, actions: ENTERPRISE_ACTIONS.filter((a) => actions.has(a)) }
}

/**
 * The same visibility as a SQL condition on `enterprises` (alias `e`) for lists, counts and the
 * export: null when the viewer sees every enterprise, `false` when none. A role added to the list's
 * route therefore sees what `enterpriseAccess` grants it — nothing, for a bureau officer today.
 */
/** A WHERE fragment over `enterprises e` with its named parameters. */
export interface EnterpriseScope {
  sql: string
  params: Record<string, unknown>
}

export function enterpriseScope(viewer: EnterpriseViewer): EnterpriseScope | null | false {
  if (viewer.roles.includes('coordinator') || viewer.roles.includes('admin')) return null
  if (viewer.roles.includes('enterprise') && viewer.boundUscc) return { sql: 'e.uscc = :scopeUscc', params: { scopeUscc: viewer.boundUscc } }
  return false
}
