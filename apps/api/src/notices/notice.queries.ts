import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import { noticeScope, type NoticeViewer } from './notice-access.js'
import type { NoticeListQueryDto } from './notice-request.dto.js'
import type { NoticeCountsDto } from './notice-response.dto.js'
import { Notice } from './notice.entity.js'

/**
 * The SQL over the `notices` table (lists, counts, seats, the reminder sweep), typed and named. Lists
 * and counts go through the notices' scope (notice-access.ts). Indexes: `notices_by_association`,
 * `notices_by_status` (notice.entity.ts).
 */

/** The filters of a list as one query builder over `notices n` within the viewer's scope; null when nothing can match. */
export function scopedNotices(em: EntityManager, viewer: NoticeViewer, query: Partial<NoticeListQueryDto>, now: Date): SelectQueryBuilder<Notice> | null {
  const scope = noticeScope(viewer)
  if (scope === false) return null
  const qb = em.getRepository(Notice).createQueryBuilder('n')
  if (scope) qb.andWhere(scope.sql, scope.params)
  if (query.status) qb.andWhere('n.status = :status', { status: query.status })
  if (query.measureId) qb.andWhere(':measureId = ANY(n.measure_ids)', { measureId: query.measureId })
  if (query.upcoming !== undefined) qb.andWhere(query.upcoming ? 'n.ends_at >= :at' : 'n.ends_at < :at', { at: now })
  if (query.registered) {
    if (!viewer.boundUscc) return null
    qb.andWhere(`EXISTS (SELECT 1 FROM notice_registrations mr WHERE mr.notice_id = n.id AND mr.enterprise_uscc = :mine AND mr.status <> 'withdrawn')`, { mine: viewer.boundUscc })
  }
  return qb
}

/**
 * A page of the list: upcoming first (soonest first), then the past (latest first), with the total in
 * the same query (`count(*) OVER ()`: one query a page; counting apart read the scope twice, issue 22).
 * A page past the end has no row to carry the total: it is counted then.
 */
export async function noticePage(qb: SelectQueryBuilder<Notice>, now: Date, page: number, pageSize: number): Promise<[Notice[], number]> {
  const counted = qb.clone()
  qb.orderBy(`(n.ends_at < :now)`, 'ASC')
    .addOrderBy(`CASE WHEN n.ends_at >= :now THEN n.starts_at END`, 'ASC')
    .addOrderBy('n.starts_at', 'DESC')
    .addOrderBy('n.id', 'ASC')
    .setParameter('now', now)
    .addSelect('count(*) OVER ()', 'total')
  const { entities, raw } = await qb.offset((page - 1) * pageSize).limit(pageSize).getRawAndEntities<{ total: string }>()
  if (raw.length > 0) return [entities, Number(raw[0]!.total)]
  return [entities, page === 1 ? 0 : await counted.getCount()]
}

/** The counts of the 工作台 over the scoped notices. */
export async function noticeCounts(qb: SelectQueryBuilder<Notice>, now: Date): Promise<NoticeCountsDto | undefined> {
  return qb
    .select([
      `count(*) FILTER (WHERE n.status = 'draft')::int AS draft`,
      `count(*) FILTER (WHERE n.status = 'published')::int AS published`,
      `count(*) FILTER (WHERE n.status = 'published' AND n.ends_at >= :now)::int AS upcoming`,
      `count(*) FILTER (WHERE n.status = 'cancelled')::int AS cancelled`,
      `coalesce(sum((SELECT count(*) FROM notice_registrations r WHERE r.notice_id = n.id AND r.status = 'registered')), 0)::int AS registrations`,
      `coalesce(sum((SELECT count(*) FROM notice_registrations r WHERE r.notice_id = n.id AND r.status = 'waitlisted')), 0)::int AS waitlisted`,
    ])
    .setParameter('now', now)
    .getRawOne<NoticeCountsDto>()
}

/** A new draft's id. */
export async function insertNotice(em: EntityManager, values: Partial<Notice>): Promise<string> {
  const inserted = await em.createQueryBuilder().insert().into(Notice).values(values).returning(['id']).execute()
  return (inserted.raw as { id: string }[])[0]!.id
}

/** The seats taken now (read again under the row lock, after changes made in the transaction). */
export async function seatsTaken(em: EntityManager, noticeId: string): Promise<number> {
  const [row] = await em.query<{ taken: number }[]>(`SELECT seats_taken AS taken FROM notices WHERE id = $1`, [noticeId])
  return row!.taken
}

/** Adds (or with a negative `delta` frees) seats; the CHECK on seats_taken backs the capacity. */
export async function addSeats(em: EntityManager, noticeId: string, delta: number): Promise<void> {
  await em.query(`UPDATE notices SET seats_taken = seats_taken + $2 WHERE id = $1`, [noticeId, delta])
}

/** Published notices starting within a day whose reminder has not gone out, taken FOR UPDATE SKIP LOCKED. */
export async function dueForReminder(em: EntityManager, now: Date, limit: number): Promise<string[]> {
  const due = await em.query<{ id: string }[]>(
    `SELECT id FROM notices WHERE status = 'published' AND reminded_at IS NULL AND starts_at > $1 AND starts_at <= $1 + interval '1 day' ORDER BY starts_at LIMIT ${Number(limit)} FOR UPDATE SKIP LOCKED`,
    [now],
  )
  return due.map((r) => r.id)
}

/** Every measure linked to a notice that is not a draft. */
export async function linkedMeasures(em: EntityManager): Promise<string[]> {
  const rows = await em.query<{ m: string }[]>(`SELECT DISTINCT unnest(measure_ids) AS m FROM notices WHERE status <> 'draft' ORDER BY 1`)
  return rows.map((r) => r.m)
}
