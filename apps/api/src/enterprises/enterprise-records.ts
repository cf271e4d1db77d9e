import type { EntityManager } from 'typeorm'
import { ApiException } from '../common/error-shape.js'
import { enterpriseAccess, type EnterpriseAccess, type EnterpriseAction, type EnterpriseViewer } from './enterprise-access.js'
import { Enterprise } from './enterprise.entity.js'

/**
 * The one way to load an enterprise by USCC: `findVisible` answers 404 ENTERPRISE_NOT_FOUND unless
 * enterprise-access.ts lets the viewer see it (whether or not it exists) and 403 when it names an
 * action the viewer may not take; with an action (or `lock`) the row is locked FOR UPDATE. Lists,
 * counts and the export go through `enterpriseScope` (test/scope-agreement.spec.ts proves the two agree).
 */
export interface FindOptions {
  em: EntityManager
  /** The change about to be made: checked (403), and the row locked. */
  action?: EnterpriseAction
  lock?: boolean
}

export const enterpriseNotFound = (uscc: string) => new ApiException(404, 'ENTERPRISE_NOT_FOUND', `Enterprise ${uscc} not found`)

export async function findVisible(viewer: EnterpriseViewer, uscc: string, { em, action, lock = action !== undefined }: FindOptions): Promise<{ enterprise: Enterprise; access: EnterpriseAccess }> {
  const access = enterpriseAccess(viewer, uscc)
  if (!access.visible) throw enterpriseNotFound(uscc)
  if (action && !access.actions.includes(action)) throw new ApiException(403, 'FORBIDDEN', `You may not ${action} this enterprise`)
  const enterprise = await em.findOne(Enterprise, { where: { uscc }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
  if (!enterprise) throw enterpriseNotFound(uscc)
  return { enterprise, access }
}
