import type { EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { ApiException } from '../common/error-shape.js'
import { noticeAccess, type NoticeAccess, type NoticeViewer } from './notice-access.js'
import { Notice, NoticeAudience, NoticeRegistration } from './notice.entity.js'

/**
 * The one way to load a notice by id: `findVisible` reads the row (locked for update when asked)
 * with what the caller's enterprise has to do with it, and answers 404 NOTICE_NOT_FOUND unless
 * notice-access.ts lets the viewer see it — whether or not it exists. Lists and counts go through
 * `noticeScope` (the same rule in SQL; test/scope-agreement.spec.ts proves the two agree).
 */
export interface FindOptions {
  em: EntityManager
  /** Lock the row FOR UPDATE (an action); only inside a transaction. */
  lock?: boolean
}

/** A notice the caller may see, with what decides their actions. */
export interface VisibleNotice {
  notice: Notice
  access: NoticeAccess
  /** The caller's enterprise's registration (any status), enterprise users only. */
  registration: NoticeRegistration | null
  reached: boolean
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const noticeNotFound = () => new ApiException(404, 'NOTICE_NOT_FOUND', 'Notice not found')

export function noticeViewer(viewer: Viewer): NoticeViewer {
  return { roles: viewer.roles, boundUscc: viewer.boundUscc, association: viewer.principal.association }
}

export async function findVisible(viewer: Viewer, id: string, { em, lock = false }: FindOptions): Promise<VisibleNotice> {
  if (!UUID.test(id)) throw noticeNotFound()
  const notice = await em.findOne(Notice, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
  if (!notice) throw noticeNotFound()
  let registration: NoticeRegistration | null = null
  let reached = false
  if (viewer.roles.includes('enterprise') && viewer.boundUscc) {
    registration = await em.findOneBy(NoticeRegistration, { noticeId: id, enterpriseUscc: viewer.boundUscc })
    reached = (await em.countBy(NoticeAudience, { noticeId: id, enterpriseUscc: viewer.boundUscc })) > 0
  }
  const access = noticeAccess(noticeViewer(viewer), notice, { reached, hasRegistration: registration !== null && registration.status !== 'withdrawn' })
  if (!access.visible) throw noticeNotFound()
  return { notice, access, registration, reached }
}
