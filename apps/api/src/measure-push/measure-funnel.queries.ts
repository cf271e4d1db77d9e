import type { EntityManager } from 'typeorm'

export const FUNNEL_STAGES = ['eligible', 'pushed', 'opened', 'confirmed', 'granted'] as const
export type FunnelStage = (typeof FUNNEL_STAGES)[number]
export const FUNNEL_GROUPS = ['district', 'industry'] as const
export type FunnelGroup = (typeof FUNNEL_GROUPS)[number]

export interface FunnelFilter {
  measureId?: string
  district?: string
  industry?: string
}

export interface FunnelRow {
  measureId: string
  /** The district or industry code of the row when grouped ('' when unknown), else null. */
  group: string | null
  eligible: number
  pushed: number
  opened: number
  confirmed: number
  granted: number
}

export interface FunnelEnterprise {
  uscc: string
  name: string
  district: string | null
  industry: string | null
  status: string | null
  pushedAt: Date | null
  openedAt: Date | null
  confirmedAt: Date | null
  appealId: string | null
  appealNumber: string | null
  outcome: string | null
}

/**
 * Per enterprise × measure, the stages it reached: eligible now (the kept evaluation), pushed,
 * opened, confirmed (an application), granted (予以兑现). One row per enterprise and measure that
 * reached any stage; the structural filters apply to the enterprise.
 */
function stagesSql(filter: FunnelFilter, params: unknown[]): string {
  const where: string[] = []
  const add = (sql: string, v: unknown) => {
    params.push(v)
    where.push(sql.replace('?', `$${params.length}`))
  }
  if (filter.measureId) add('s.measure_id = ?', filter.measureId)
  if (filter.district) add(`e.facts->>'district' = ?`, filter.district)
  if (filter.industry) add(`e.facts->>'industry' = ?`, filter.industry)
  const measure = filter.measureId ? `AND measure_id = $${params.indexOf(filter.measureId) + 1}` : ''
  return `
    WITH s AS (
      SELECT uscc, measure_id FROM measure_evaluations WHERE status = 'eligible' ${measure}
      UNION SELECT uscc, measure_id FROM measure_pushes WHERE TRUE ${measure}
      UNION SELECT enterprise_uscc, measure_id FROM appeals WHERE kind = 'application' ${measure}
    )
    SELECT s.uscc, s.measure_id, e.name, e.facts->>'district' AS district, e.facts->>'industry' AS industry,
           k.status, p.pushed_at, p.opened_at, a.confirmed_at, a.id AS appeal_id, a.number AS appeal_number, a.outcome
      FROM s JOIN enterprises e ON e.uscc = s.uscc
      LEFT JOIN measure_evaluations k ON k.uscc = s.uscc AND k.measure_id = s.measure_id
      LEFT JOIN LATERAL (SELECT min(pushed_at) AS pushed_at, min(opened_at) AS opened_at FROM measure_pushes mp WHERE mp.uscc = s.uscc AND mp.measure_id = s.measure_id) p ON TRUE
      LEFT JOIN LATERAL (SELECT ap.id, ap.number, ap.outcome, ap.created_at AS confirmed_at FROM appeals ap
                          WHERE ap.kind = 'application' AND ap.enterprise_uscc = s.uscc AND ap.measure_id = s.measure_id
                          ORDER BY (ap.outcome = 'granted') DESC NULLS LAST, ap.created_at DESC LIMIT 1) a ON TRUE
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`
}

/** The SQL of the measures' funnel (issue 23 §4). */
export const funnelQueries = {
  async counts(em: EntityManager, filter: FunnelFilter, by: FunnelGroup | null): Promise<FunnelRow[]> {
    const params: unknown[] = []
    const inner = stagesSql(filter, params)
    const group = by ? `coalesce(${by}, '')` : 'NULL'
    const rows: { measure_id: string; grp: string | null; eligible: number; pushed: number; opened: number; confirmed: number; granted: number }[] = await em.query(
      `SELECT measure_id, ${group} AS grp,
              count(*) FILTER (WHERE status = 'eligible')::int AS eligible,
              count(*) FILTER (WHERE pushed_at IS NOT NULL)::int AS pushed,
              count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened,
              count(*) FILTER (WHERE appeal_id IS NOT NULL)::int AS confirmed,
              count(*) FILTER (WHERE outcome = 'granted')::int AS granted
         FROM (${inner}) x GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    )
    return rows.map((r) => ({ measureId: r.measure_id, group: r.grp, eligible: r.eligible, pushed: r.pushed, opened: r.opened, confirmed: r.confirmed, granted: r.granted }))
  },

  /** The enterprises at a stage of one measure (the drill-down), by name. */
  async enterprises(em: EntityManager, filter: FunnelFilter & { measureId: string }, stage: FunnelStage, limit: number, offset: number): Promise<{ items: FunnelEnterprise[]; total: number }> {
    const params: unknown[] = []
    const inner = stagesSql(filter, params)
    const at = { eligible: `status = 'eligible'`, pushed: 'pushed_at IS NOT NULL', opened: 'opened_at IS NOT NULL', confirmed: 'appeal_id IS NOT NULL', granted: `outcome = 'granted'` }[stage]
    const rows: (Omit<FunnelEnterprise, 'pushedAt' | 'openedAt' | 'confirmedAt' | 'appealId' | 'appealNumber'> & { pushed_at: Date | null; opened_at: Date | null; confirmed_at: Date | null; appeal_id: string | null; appeal_number: string | null; total: number })[] = await em.query(
      `SELECT *, count(*) OVER ()::int AS total FROM (${inner}) x WHERE ${at} ORDER BY name COLLATE "zh-x-icu", uscc LIMIT ${limit} OFFSET ${offset}`,
      params,
    )
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => ({ uscc: r.uscc, name: r.name, district: r.district, industry: r.industry, status: r.status, pushedAt: r.pushed_at, openedAt: r.opened_at, confirmedAt: r.confirmed_at, appealId: r.appeal_id, appealNumber: r.appeal_number, outcome: r.outcome })),
    }
  },
}
