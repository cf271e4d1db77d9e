import type { EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { ApiException } from '../common/error-shape.js'
import { appealAccess, type AppealAccess, type AppealViewer } from './appeal-access.js'
import { Appeal } from './appeal.entity.js'

/**
 * The one way to load an appeal by id: `findVisible` reads the row (locked for update when asked)
 * and answers 404 APPEAL_NOT_FOUND unless appeal-access.ts lets the viewer see it — whether or not
 * it exists. Lists and counts go through `appealScope` (the same rule in SQL; test/scope-agreement.spec.ts
 * proves the two agree).
 */
export interface FindOptions {
  /** The transaction to read in (the service's own for a change). */
  em: EntityManager
  /** Lock the row FOR UPDATE (an action); only inside a transaction. */
  lock?: boolean
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const appealNotFound = () => new ApiException(404, 'APPEAL_NOT_FOUND', 'Appeal not found')

export function appealViewer(viewer: Viewer): AppealViewer {
  return { roles: viewer.roles, boundUscc: viewer.boundUscc, bureau: viewer.principal.bureau }
}

export async function findVisible(viewer: Viewer, id: string, { em, lock = false }: FindOptions): Promise<{ appeal: Appeal; access: AppealAccess }> {
  if (!UUID.test(id)) throw appealNotFound()
  const appeal = await em.findOne(Appeal, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
  const access = appeal ? appealAccess(appealViewer(viewer), appeal) : null
  if (!appeal || !access?.visible) throw appealNotFound()
  return { appeal, access }
}
