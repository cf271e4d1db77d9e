import type { EntityManager } from 'typeorm'
import type { KeptEvaluation } from './evaluation-change.js'

/** A row to write: the enterprise, the measure, what is kept. */
export interface KeptRow extends KeptEvaluation {
  uscc: string
  measureId: string
  /** The enterprise's industry fact (null: unknown), kept for the per-industry counts. */
  industry: string | null
}

export interface EnterpriseFacts {
  uscc: string
  facts: Record<string, unknown>
}

/** The SQL of the kept evaluations (measure_evaluations, measure_rule_versions): the one place that writes them. */
export const evaluationQueries = {
  /** The next page of enterprises after `after` (USCC order), with their facts. */
  async enterprisesAfter(em: EntityManager, after: string, limit: number): Promise<EnterpriseFacts[]> {
    return em.query(`SELECT uscc, facts FROM enterprises WHERE uscc > $1 ORDER BY uscc LIMIT $2`, [after, limit])
  },

  async enterprises(em: EntityManager, usccs: readonly string[]): Promise<EnterpriseFacts[]> {
    return em.query(`SELECT uscc, facts FROM enterprises WHERE uscc = ANY($1::char(18)[]) ORDER BY uscc`, [usccs])
  },

  /** The kept rows of these enterprises, by `uscc|measureId`. */
  async kept(em: EntityManager, usccs: readonly string[]): Promise<Map<string, KeptEvaluation>> {
    const rows: { uscc: string; measure_id: string; status: KeptEvaluation['status']; amount_min: string | null; amount_max: string | null; per_person_min: string | null; per_person_max: string | null; rule_version: string; facts_hash: string; evaluated_on: string }[] = await em.query(
      `SELECT uscc, measure_id, status, amount_min, amount_max, per_person_min, per_person_max, rule_version, facts_hash, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on
         FROM measure_evaluations WHERE uscc = ANY($1::char(18)[])`,
      [usccs],
    )
    const num = (v: string | null) => (v === null ? null : Number(v))
    return new Map(
      rows.map((r) => [
        keyOf(r.uscc, r.measure_id),
        { status: r.status, amountMin: num(r.amount_min), amountMax: num(r.amount_max), perPersonMin: num(r.per_person_min), perPersonMax: num(r.per_person_max), ruleVersion: r.rule_version, factsHash: r.facts_hash, evaluatedOn: r.evaluated_on },
      ]),
    )
  },

  /** One multi-row upsert of a batch (arrays through unnest: one statement, any size). */
  async upsert(em: EntityManager, rows: readonly KeptRow[], at: Date): Promise<void> {
    if (rows.length === 0) return
    const col = <K extends keyof KeptRow>(k: K) => rows.map((r) => r[k])
    await em.query(
      `INSERT INTO measure_evaluations (uscc, measure_id, status, amount_min, amount_max, per_person_min, per_person_max, rule_version, facts_hash, evaluated_on, industry, evaluated_at)
       SELECT u.*, $12::timestamptz FROM unnest($1::char(18)[], $2::varchar[], $3::varchar[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::char(16)[], $9::char(16)[], $10::date[], $11::varchar[]) AS u
       ON CONFLICT (uscc, measure_id) DO UPDATE SET status = EXCLUDED.status, amount_min = EXCLUDED.amount_min, amount_max = EXCLUDED.amount_max,
         per_person_min = EXCLUDED.per_person_min, per_person_max = EXCLUDED.per_person_max, rule_version = EXCLUDED.rule_version,
         facts_hash = EXCLUDED.facts_hash, evaluated_on = EXCLUDED.evaluated_on, industry = EXCLUDED.industry, evaluated_at = EXCLUDED.evaluated_at`,
      [col('uscc'), col('measureId'), col('status'), col('amountMin'), col('amountMax'), col('perPersonMin'), col('perPersonMax'), col('ruleVersion'), col('factsHash'), col('evaluatedOn'), col('industry'), at],
    )
  },

  /** Rows of measures no longer in the catalogue. */
  async dropMeasuresOtherThan(em: EntityManager, measureIds: readonly string[]): Promise<void> {
    await em.query(`DELETE FROM measure_evaluations WHERE measure_id <> ALL($1::varchar[])`, [measureIds])
  },

  async storedVersions(em: EntityManager): Promise<Map<string, string>> {
    const rows: { measure_id: string; rule_version: string }[] = await em.query(`SELECT measure_id, rule_version FROM measure_rule_versions`)
    return new Map(rows.map((r) => [r.measure_id, r.rule_version]))
  },

  async storeVersions(em: EntityManager, versions: ReadonlyMap<string, string>, at: Date): Promise<void> {
    await em.query(`DELETE FROM measure_rule_versions`)
    await em.query(`INSERT INTO measure_rule_versions (measure_id, rule_version, refreshed_at) SELECT m, v, $3 FROM unnest($1::varchar[], $2::char(16)[]) AS x(m, v)`, [[...versions.keys()], [...versions.values()], at])
  },
}

export function keyOf(uscc: string, measureId: string): string {
  return `${uscc}|${measureId}`
}
