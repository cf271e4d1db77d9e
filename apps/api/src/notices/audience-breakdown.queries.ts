import { catalogues } from '@servicepack/policy-rules'
import type { EntityManager } from 'typeorm'
import { audienceSql, type AudienceCriteria } from './notice-audience.js'

/** The industries an association speaks for (the catalogue), empty for an unknown code. */
export function ownIndustriesOf(association: string | null | undefined): string[] {
  const found = catalogues.associations.find((a) => a.code === association)
  return found ? [...found.industries] : []
}

export interface OutsideIndustries {
  association: string
  ownIndustries: string[]
  /** Enterprises of the audience outside the association's own industries (an unset industry counts as outside). */
  count: number
  /** By industry, most first; `industry` null for enterprises that have not said theirs. */
  byIndustry: { industry: string | null; count: number }[]
}

/**
 * How far an audience reaches beyond the association's own industries ("其中 189 家不属于本协会行业"),
 * by industry. Without a measure criterion PostgreSQL counts the audience's rows; with one, the
 * enterprises the rules engine kept (`matched`, called only then) are counted by industry.
 */
export async function outsideOwnIndustries(
  em: EntityManager,
  criteria: AudienceCriteria,
  association: string,
  matched: () => Promise<string[]>,
): Promise<OutsideIndustries> {
  const own = ownIndustriesOf(association)
  let rows: { industry: string | null; n: number }[]
  if (criteria.measureId) {
    const usccs = await matched()
    rows = usccs.length
      ? await em.query(
          `SELECT facts->>'industry' AS industry, count(*)::int AS n FROM enterprises
           WHERE uscc = ANY($1) AND NOT COALESCE(facts->>'industry' = ANY($2::text[]), false)
           GROUP BY 1 ORDER BY n DESC, industry NULLS LAST`,
          [usccs, own],
        )
      : []
  } else {
    const { sql, params } = audienceSql(criteria, 'e')
    const [query, parameters] = em.createQueryBuilder().select("e.facts->>'industry'", 'industry').from('enterprises', 'e').where(sql, params).getQueryAndParameters()
    rows = await em.query(
      `SELECT industry, count(*)::int AS n FROM (${query}) q
       WHERE NOT COALESCE(industry = ANY($${parameters.length + 1}::text[]), false)
       GROUP BY industry ORDER BY n DESC, industry NULLS LAST`,
      [...parameters, own],
    )
  }
  const byIndustry = rows.map((r) => ({ industry: r.industry, count: r.n }))
  return { association, ownIndustries: own, count: byIndustry.reduce((sum, r) => sum + r.count, 0), byIndustry }
}
