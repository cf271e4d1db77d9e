import { In, type EntityManager } from 'typeorm'
import { enterpriseNames } from '../enterprises/enterprise-names.queries.js'
import { registrationOrder } from './notice-mapper.js'
import type { RegistrationStatus } from './notice-state.js'
import { NoticeRegistration } from './notice.entity.js'

/**
 * The SQL over `notice_registrations`, typed and named. Indexes: `notice_registrations_queue`
 * (notice, status, queued_at, id: the waitlist in order), `notice_registrations_one_per_enterprise`,
 * `notice_registrations_by_enterprise` (notice.entity.ts).
 */

/** How many wait for a seat. */
export async function waitingCount(em: EntityManager, noticeId: string): Promise<number> {
  const [row] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notice_registrations WHERE notice_id = $1 AND status = 'waitlisted'`, [noticeId])
  return row!.n
}

/** The enterprises with a registration in one of these statuses. */
export async function registrantUsccs(em: EntityManager, noticeId: string, statuses: readonly RegistrationStatus[]): Promise<string[]> {
  const rows = await em.query<{ u: string }[]>(`SELECT enterprise_uscc AS u FROM notice_registrations WHERE notice_id = $1 AND status = ANY($2::varchar[])`, [noticeId, statuses])
  return rows.map((r) => r.u)
}

/** The waitlist in its order (first come, first served). */
export function waitlistInOrder(em: EntityManager, noticeId: string): Promise<NoticeRegistration[]> {
  return em.find(NoticeRegistration, { where: { noticeId, status: 'waitlisted' }, order: { queuedAt: 'ASC', id: 'ASC' } })
}

/** A waitlisted registration's place in the queue (1 = next). */
export async function waitlistPosition(em: EntityManager, r: NoticeRegistration): Promise<number> {
  const [row] = await em.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM notice_registrations WHERE notice_id = $1 AND status = 'waitlisted' AND (queued_at, id) <= ($2::timestamptz, $3::uuid)`,
    [r.noticeId, r.queuedAt, r.id],
  )
  return row!.n
}

/** One enterprise's registrations of these notices. */
export function registrationsOfEnterprise(em: EntityManager, uscc: string, noticeIds: readonly string[]): Promise<NoticeRegistration[]> {
  return em.find(NoticeRegistration, { where: { noticeId: In([...noticeIds]), enterpriseUscc: uscc } })
}

/** A notice's registrations with their enterprises' names, in the list's order (registration-export.ts keeps it). */
export async function registrationsWithNames(em: EntityManager, noticeId: string): Promise<(NoticeRegistration & { enterpriseName: string })[]> {
  const rows = await em.find(NoticeRegistration, { where: { noticeId } })
  const names = await enterpriseNames(em, rows.map((r) => r.enterpriseUscc))
  return rows.sort(registrationOrder).map((r) => Object.assign(r, { enterpriseName: names.get(r.enterpriseUscc) ?? '' }))
}

/** Of these registrations, the ids of the notice's seated ones. */
export async function seatedAmong(em: EntityManager, noticeId: string, ids: readonly string[]): Promise<Set<string>> {
  const found = await em.find(NoticeRegistration, { where: { noticeId, id: In([...ids]) } })
  return new Set(found.filter((r) => r.status === 'registered').map((r) => r.id))
}
