import { Injectable } from '@nestjs/common'
import { measures } from '@servicepack/policy-rules'
import type { EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { sameRegime } from '../evaluations/date-regime.js'
import { EvaluationsService } from '../evaluations/evaluations.service.js'
import { audienceSql, type AudienceCriteria } from './notice-audience.js'

const byId = new Map(measures.map((m) => [m.id, m]))

/**
 * The audience preview's measure criterion read from the kept evaluations (issue 23 §2): an indexed
 * count of the enterprises the measure concerns (eligible, unknown or announced) among those the
 * structural criteria keep, instead of running the engine over every row. It answers only when the
 * kept table is of the running catalogue and the notice's date is in the same date regime as today
 * (date-regime.ts); otherwise the caller evaluates as before.
 */
@Injectable()
export class KeptAudienceQueries {
  constructor(
    private readonly clock: Clock,
    private readonly evaluations: EvaluationsService,
  ) {}

  async answers(measureId: string, asOf: string): Promise<boolean> {
    const measure = byId.get(measureId)
    if (!measure || !sameRegime(measure, this.clock.today(), asOf)) return false
    return this.evaluations.catalogueCurrent()
  }

  async match(em: EntityManager, criteria: AudienceCriteria & { measureId: string }, sampleSize: number): Promise<{ count: number; sample: string[] }> {
    const { sql, params } = audienceSql(criteria, 'e')
    const [query, parameters] = em
      .createQueryBuilder()
      .select(['e.uscc AS uscc', 'e.is_key AS key'])
      .from('enterprises', 'e')
      .innerJoin('measure_evaluations', 'k', "k.uscc = e.uscc AND k.measure_id = :kept_measure AND k.status IN ('eligible', 'unknown', 'announced')", { kept_measure: criteria.measureId })
      .where(sql, params)
      .getQueryAndParameters()
    // no structural criterion: the count is the index's alone (an index-only scan, no join)
    const [{ n }] =
      sql === 'TRUE'
        ? await em.query(`SELECT count(*)::int AS n FROM measure_evaluations WHERE measure_id = $1 AND status IN ('eligible', 'unknown', 'announced')`, [criteria.measureId])
        : await em.query(`SELECT count(*)::int AS n FROM (${query}) q`, parameters)
    const sample: { uscc: string }[] = await em.query(`SELECT uscc FROM (${query}) q ORDER BY key DESC, uscc LIMIT ${sampleSize}`, parameters)
    return { count: n, sample: sample.map((r) => r.uscc) }
  }
}
