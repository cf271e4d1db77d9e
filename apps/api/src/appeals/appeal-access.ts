import type { Role } from '../auth/principal.js'
import { allowedActions, type AppealAction, type AppealSituation, type Party } from './appeal-state.js'

/**
 * Who may see an appeal and as which parties they act (pure, table-tested). Visibility:
 * - the enterprise that raised it (its bound users), every coordinator and admin;
 * - a bureau officer only while their bureau is the lead or an assisting bureau;
 * - nobody else: the appeal is answered 404, as if it did not exist.
 */
export interface AppealViewer {
  roles: readonly Role[]
  /** The enterprise an enterprise user is bound to, else null. */
  boundUscc: string | null
  /** The bureau claim of a bureau officer, else null. */
  bureau: string | null
}

export interface AppealParties {
  enterpriseUscc: string
  leadBureau: string | null
  assistingBureaus: readonly string[]
}

export interface AppealAccess {
  visible: boolean
  parties: Party[]
}

export function appealAccess(viewer: AppealViewer, appeal: AppealParties): AppealAccess {
  const parties = new Set<Party>()
  let visible = false
  for (const role of viewer.roles) {
    switch (role) {
      case 'enterprise':
        if (viewer.boundUscc !== null && viewer.boundUscc === appeal.enterpriseUscc) {
          visible = true
          parties.add('owner')
        }
        break
      case 'coordinator':
        visible = true
        parties.add('coordinator')
        break
      case 'admin':
        visible = true // reads everything, acts on nothing
        break
      case 'bureau_officer':
        if (viewer.bureau !== null && viewer.bureau === appeal.leadBureau) {
          visible = true
          parties.add('lead')
        } else if (viewer.bureau !== null && appeal.assistingBureaus.includes(viewer.bureau)) {
          visible = true
          parties.add('assisting')
        }
        break
      case 'association':
        break
    }
  }
  return visible ? { visible, parties: [...parties] } : { visible: false, parties: [] }
}

/** What the viewer may do now (the DTO's `allowedActions`). */
export function appealActionsFor(viewer: AppealViewer, appeal: AppealParties & AppealSituation): AppealAction[] {
  return allowedActions(appeal, appealAccess(viewer, appeal).parties)
}

/**
 * The same visibility as a SQL condition on `appeals` (alias `a`) for lists and counts, or null
 * when the viewer sees every appeal. `false` when they see none.
 */
export function appealScope(viewer: AppealViewer): { sql: string; params: Record<string, unknown> } | null | false {
  if (viewer.roles.includes('coordinator') || viewer.roles.includes('admin')) return null
  const parts: string[] = []
  const params: Record<string, unknown> = {}
  if (viewer.roles.includes('enterprise') && viewer.boundUscc) {
    parts.push('a.enterprise_uscc = :scopeUscc')
    params.scopeUscc = viewer.boundUscc
  }
  if (viewer.roles.includes('bureau_officer') && viewer.bureau) {
    parts.push('(a.lead_bureau = :scopeBureau OR a.assisting_bureaus @> ARRAY[:scopeBureau]::varchar[])')
    params.scopeBureau = viewer.bureau
  }
  if (parts.length === 0) return false
  return { sql: `(${parts.join(' OR ')})`, params }
}
