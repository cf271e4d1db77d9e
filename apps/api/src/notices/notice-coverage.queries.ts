import type { EntityManager } from 'typeorm'

/** A funnel without its `targeted` step (that one is the audience's count). */
export interface FunnelCounts {
  reached: number
  opened: number
  registered: number
  attended: number
}

/** One notice's funnel past targeting: reached → opened → registered (a seat) → attended. */
export async function noticeFunnel(em: EntityManager, noticeId: string): Promise<FunnelCounts> {
  const [row] = await em.query<FunnelCounts[]>(
    `SELECT (SELECT count(*) FROM notice_audience WHERE notice_id = $1)::int AS reached,
            (SELECT count(*) FROM notice_audience WHERE notice_id = $1 AND opened_at IS NOT NULL)::int AS opened,
            (SELECT count(*) FROM notice_registrations WHERE notice_id = $1 AND status = 'registered')::int AS registered,
            (SELECT count(*) FROM notice_registrations WHERE notice_id = $1 AND status = 'registered' AND attended)::int AS attended`,
    [noticeId],
  )
  return row!
}

/**
 * A measure's funnel across all its notices that are not drafts, counting only the enterprises
 * it targets today (`usccs`), each once however many of its notices reached it.
 */
export async function measureFunnel(em: EntityManager, measureId: string, usccs: readonly string[]): Promise<FunnelCounts & { notices: number }> {
  const [row] = await em.query<(FunnelCounts & { notices: number })[]>(
    `WITH t AS (SELECT unnest($2::char(18)[]) AS uscc), ns AS (SELECT id FROM notices WHERE status <> 'draft' AND $1 = ANY(measure_ids))
     SELECT (SELECT count(*) FROM ns)::int AS notices,
            (SELECT count(DISTINCT a.enterprise_uscc) FROM notice_audience a JOIN ns ON ns.id = a.notice_id JOIN t ON t.uscc = a.enterprise_uscc)::int AS reached,
            (SELECT count(DISTINCT a.enterprise_uscc) FROM notice_audience a JOIN ns ON ns.id = a.notice_id JOIN t ON t.uscc = a.enterprise_uscc WHERE a.opened_at IS NOT NULL)::int AS opened,
            (SELECT count(DISTINCT r.enterprise_uscc) FROM notice_registrations r JOIN ns ON ns.id = r.notice_id JOIN t ON t.uscc = r.enterprise_uscc WHERE r.status = 'registered')::int AS registered,
            (SELECT count(DISTINCT r.enterprise_uscc) FROM notice_registrations r JOIN ns ON ns.id = r.notice_id JOIN t ON t.uscc = r.enterprise_uscc WHERE r.status = 'registered' AND r.attended)::int AS attended`,
    [measureId, usccs],
  )
  return row!
}
