import type { Role } from '../auth/principal.js'
import { allowedNoticeActions, type NoticeAction, type NoticeParty, type NoticeSituation, type NoticeStatus } from './notice-state.js'

/**
 * Who may see a notice and as which parties they act (pure, table-tested). Visibility:
 * - the association that owns it (drafts included); another association: 404;
 * - every coordinator and admin (drafts included: they follow the associations' work);
 * - an enterprise only once it is published (or cancelled) and only if it was in the audience
 *   (reached) — or holds a registration; outside the audience it is 404, as if it did not exist;
 * - nobody else (bureau officers): 404.
 */
export interface NoticeViewer {
  roles: readonly Role[]
  /** The enterprise an enterprise user is bound to, else null. */
  boundUscc: string | null
  /** The association claim of an association user, else null. */
  association: string | null
}

export interface NoticeFacts {
  association: string
  status: NoticeStatus
}

/** What the service knows of the caller's enterprise and this notice (only asked for enterprise users). */
export interface AudienceFacts {
  /** Recorded as reached when the notice was published (or its audience widened). */
  reached: boolean
  /** A registration of the caller's enterprise, in any status. */
  hasRegistration: boolean
}

export interface NoticeAccess {
  visible: boolean
  parties: NoticeParty[]
}

export function noticeAccess(viewer: NoticeViewer, notice: NoticeFacts, audience: AudienceFacts = { reached: false, hasRegistration: false }): NoticeAccess {
  const parties = new Set<NoticeParty>()
  for (const role of viewer.roles) {
    switch (role) {
      case 'association':
        if (viewer.association !== null && viewer.association === notice.association) parties.add('owner')
        break
      case 'coordinator':
        parties.add('coordinator')
        break
      case 'admin':
        parties.add('admin')
        break
      case 'enterprise':
        if (viewer.boundUscc !== null && notice.status !== 'draft' && (audience.reached || audience.hasRegistration)) parties.add('audience')
        break
      case 'bureau_officer':
        break
    }
  }
  return parties.size > 0 ? { visible: true, parties: [...parties] } : { visible: false, parties: [] }
}

/** What the viewer may do now (the DTO's `allowedActions`). */
export function noticeActionsFor(access: NoticeAccess, situation: NoticeSituation): NoticeAction[] {
  return access.visible ? allowedNoticeActions(situation, access.parties) : []
}

/**
 * The same visibility as a SQL condition on `notices` (alias `n`) for lists and counts: null when
 * the viewer sees every notice, `false` when none.
 */
export function noticeScope(viewer: NoticeViewer): { sql: string; params: Record<string, unknown> } | null | false {
  if (viewer.roles.includes('coordinator') || viewer.roles.includes('admin')) return null
  const parts: string[] = []
  const params: Record<string, unknown> = {}
  if (viewer.roles.includes('association') && viewer.association) {
    parts.push('n.association = :scopeAssociation')
    params.scopeAssociation = viewer.association
  }
  if (viewer.roles.includes('enterprise') && viewer.boundUscc) {
    // the notices that reached it or that it holds a registration for (a withdrawn one does not count, as
    // in noticeAccess), as one semi-join on both tables' enterprise indexes: an OR of two EXISTS made
    // PostgreSQL scan every notice for each enterprise's list
    parts.push(
      `(n.status <> 'draft' AND n.id IN (SELECT na.notice_id FROM notice_audience na WHERE na.enterprise_uscc = :scopeUscc` +
        ` UNION ALL SELECT nr.notice_id FROM notice_registrations nr WHERE nr.enterprise_uscc = :scopeUscc AND nr.status <> 'withdrawn'))`,
    )
    params.scopeUscc = viewer.boundUscc
  }
  if (parts.length === 0) return false
  return { sql: `(${parts.join(' OR ')})`, params }
}
