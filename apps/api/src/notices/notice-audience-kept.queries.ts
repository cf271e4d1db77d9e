import { Injectable, Logger } from '@nestjs/common'
import { measures } from '@servicepack/policy-rules'
import type { EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { sameRegime } from '../evaluations/date-regime.js'
import { EvaluationsService } from '../evaluations/evaluations.service.js'
import { ownIndustriesOf, type OutsideIndustries } from './audience-breakdown.queries.js'
import { audienceSql, type AudienceCriteria } from './notice-audience.js'

const byId = new Map(measures.map((m) => [m.id, m]))

/** The fallback's warning is logged at most once in this many milliseconds (it would come with every preview). */
const WARN_EVERY_MS = 60_000

/**
 * The audience preview's measure criterion read from the kept evaluations (issue 23 §2): an indexed
 * count of the enterprises the measure concerns (eligible, unknown or announced) among those the
 * structural criteria keep, instead of running the engine over every row. It answers only when the
 * kept table is of the running catalogue and the notice's date is in the same date regime as today
 * (date-regime.ts); otherwise the caller evaluates as before — a stale table is logged (a warning at
 * most once a minute), as every such preview then runs the engine over every enterprise.
 */
@Injectable()
export class KeptAudienceQueries {
  private readonly logger = new Logger(KeptAudienceQueries.name)
  private warnedAt = -Infinity

  constructor(
    private readonly clock: Clock,
    private readonly evaluations: EvaluationsService,
  ) {}

  async answers(measureId: string, asOf: string): Promise<boolean> {
    const measure = byId.get(measureId)
    if (!measure || !sameRegime(measure, this.clock.today(), asOf)) return false
    if (await this.evaluations.catalogueCurrent()) return true
    const now = this.clock.now().getTime()
    if (now - this.warnedAt >= WARN_EVERY_MS) {
      this.warnedAt = now
      this.logger.warn({ measureId }, 'kept evaluations are not of the running catalogue (the worker’s full pass has not ended): audience previews with a measure criterion run the rules engine over every enterprise')
    }
    return false
  }

  async match(em: EntityManager, criteria: AudienceCriteria & { measureId: string }, sampleSize: number): Promise<{ count: number; sample: string[] }> {
    const [query, parameters] = joined(em, criteria, ['e.uscc AS uscc', 'e.is_key AS key'])
    // no structural criterion but industries: a sum of the per-industry counts (a few dozen rows, no join)
    const [{ n }] = counted(criteria)
      ? await em.query(`SELECT coalesce(sum(n), 0)::int AS n FROM measure_evaluation_counts WHERE measure_id = $1 AND status IN (${CONCERNED}) AND ($2::text[] IS NULL OR industry = ANY($2))`, [criteria.measureId, industriesOf(criteria)])
      : await em.query(`SELECT count(*)::int AS n FROM (${query}) q`, parameters)
    // key enterprises first: a walk of enterprises_by_key_uscc probing each one's kept row, stopping at the sample's size
    const sample: { uscc: string }[] = await em.query(`SELECT uscc FROM (${query}) q ORDER BY key DESC, uscc LIMIT ${sampleSize}`, parameters)
    return { count: n, sample: sample.map((r) => r.uscc) }
  }

  /** The audience beyond the association's own industries, by industry (audience-breakdown.queries.ts), from the kept table. */
  async outside(em: EntityManager, criteria: AudienceCriteria & { measureId: string }, association: string): Promise<OutsideIndustries> {
    const own = ownIndustriesOf(association)
    let rows: { industry: string | null; n: number }[]
    if (counted(criteria)) {
      rows = await em.query(
        `SELECT nullif(industry, '') AS industry, sum(n)::int AS n FROM measure_evaluation_counts
          WHERE measure_id = $1 AND status IN (${CONCERNED}) AND ($2::text[] IS NULL OR industry = ANY($2)) AND industry <> ALL($3::text[])
          GROUP BY industry HAVING sum(n) > 0 ORDER BY n DESC, industry NULLS LAST`,
        [criteria.measureId, industriesOf(criteria), own],
      )
    } else {
      const [query, parameters] = joined(em, criteria, ["e.facts->>'industry' AS industry"])
      rows = await em.query(
        `SELECT industry, count(*)::int AS n FROM (${query}) q WHERE industry IS NULL OR industry <> ALL($${parameters.length + 1}::text[]) GROUP BY industry ORDER BY n DESC, industry NULLS LAST`,
        [...parameters, own],
      )
    }
    const byIndustry = rows.map((r) => ({ industry: r.industry, count: r.n }))
    return { association, ownIndustries: own, count: byIndustry.reduce((sum, r) => sum + r.count, 0), byIndustry }
  }
}

/** The statuses of an enterprise the measure concerns (notice-audience.ts: all but ineligible). */
const CONCERNED = `'eligible', 'unknown', 'announced'`

/**
 * Whether the per-industry counts answer (measure_evaluation_counts, migration KeptAudienceCounts):
 * no structural criterion but industries — districts, key and output band need the enterprises.
 */
function counted(criteria: AudienceCriteria): boolean {
  return audienceSql({ ...criteria, industries: [] }, 'e').sql === 'TRUE'
}

function industriesOf(criteria: AudienceCriteria): string[] | null {
  return criteria.industries?.length ? [...criteria.industries] : null
}

/** The enterprises the structural criteria keep, joined to the kept rows the measure concerns. */
function joined(em: EntityManager, criteria: AudienceCriteria & { measureId: string }, select: string[]): [string, unknown[]] {
  const { sql, params } = audienceSql(criteria, 'e')
  return em
    .createQueryBuilder()
    .select(select)
    .from('enterprises', 'e')
    .innerJoin('measure_evaluations', 'k', `k.uscc = e.uscc AND k.measure_id = :kept_measure AND k.status IN (${CONCERNED})`, { kept_measure: criteria.measureId })
    .where(sql, params)
    .getQueryAndParameters()
}
