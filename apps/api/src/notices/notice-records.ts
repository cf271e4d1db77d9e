import type { EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { ApiException } from '../common/error-shape.js'
import { noticeAccess, type NoticeAccess, type NoticeViewer } from './notice-access.js'
import { noticeRefusal } from './notice-effects.js'
import { decideNotice, type NoticeAction, type NoticeSituation } from './notice-state.js'
import { Notice, NoticeAudience, NoticeRegistration } from './notice.entity.js'

/**
 * The one way to load a notice by id: `findVisible` reads the row (locked for update when asked)
 * with what the caller's enterprise has to do with it, and answers 404 NOTICE_NOT_FOUND unless
 * notice-access.ts lets the viewer see it — whether or not it exists. Lists and counts go through
 * `noticeScope` (the same rule in SQL; test/scope-agreement.spec.ts proves the two agree). An action
 * loads through `findForAction`: visible, then allowed now (notice-state.ts), else the refusal of
 * notice-effects.ts.
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

/** What decides the caller's actions on a loaded notice at `now`. */
export function situationOf(loaded: VisibleNotice, now: Date): NoticeSituation {
  const r = loaded.registration
  return {
    status: loaded.notice.status,
    startsAt: loaded.notice.startsAt,
    endsAt: loaded.notice.endsAt,
    registrationDeadline: loaded.notice.registrationDeadline,
    registration: r && r.status !== 'withdrawn' ? r.status : null,
    now,
  }
}

/** Refuses `action` unless the caller's parties may take it now: 403 for the wrong party, 409 for the wrong moment. */
export function assertNoticeAction(loaded: VisibleNotice, action: NoticeAction, now: Date): void {
  const situation = situationOf(loaded, now)
  const decision = decideNotice(situation, action, loaded.access.parties)
  if (decision.ok) return
  const refusal = noticeRefusal(situation, action, decision.reason)
  throw new ApiException(refusal.status, refusal.code, refusal.message)
}

/** A notice the caller may see and may take `action` on now (locked FOR UPDATE when asked). */
export async function findForAction(viewer: Viewer, id: string, action: NoticeAction, options: FindOptions & { now: Date }): Promise<VisibleNotice> {
  const loaded = await findVisible(viewer, id, options)
  assertNoticeAction(loaded, action, options.now)
  return loaded
}
