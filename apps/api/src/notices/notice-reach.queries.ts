import type { EntityManager } from 'typeorm'
import { audienceSql, factsFromValues, measureConcerns, measureFactNames, type AudienceCriteria } from './notice-audience.js'

/** Up to this many enterprises are shown as an audience's sample. */
export const SAMPLE_SIZE = 10

export interface AudienceMatch {
  count: number
  /** Every matched enterprise (only when asked: publishing, coverage). */
  usccs: string[]
  /** Up to SAMPLE_SIZE, key enterprises first. */
  sample: string[]
  asOf: string
}

/**
 * The enterprises an audience reaches on `asOf`: PostgreSQL applies the structural criteria; for
 * a measure criterion it returns, of the remaining rows, only the facts the measure reads and the
 * rules engine decides. `collect` returns every USCC (publishing, coverage).
 */
export async function matchAudience(em: EntityManager, criteria: AudienceCriteria, asOf: string, collect: boolean): Promise<AudienceMatch> {
  const { sql, params } = audienceSql(criteria, 'e')
  const measureId = criteria.measureId ?? null
  const names = measureId ? measureFactNames(measureId) : []
  for (const n of names) if (!/^[A-Za-z]+$/.test(n)) throw new Error(`Unexpected fact name ${n}`)
  const select = ['e.uscc AS uscc', 'e.is_key AS key']
  if (names.length) select.push(`jsonb_build_array(${names.map((n) => `e.facts->'${n}'`).join(', ')}) AS v`)
  const [query, parameters] = em.createQueryBuilder().select(select).from('enterprises', 'e').where(sql, params).getQueryAndParameters()
  if (!measureId && !collect) {
    // counting needs no rows: count in SQL; the sample is the first key enterprises, then others
    const [counted] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${query}) q`, parameters)
    const sample = await em.query<{ uscc: string }[]>(`SELECT uscc FROM (${query}) q ORDER BY key DESC, uscc LIMIT ${SAMPLE_SIZE}`, parameters)
    return { count: counted!.n, usccs: [], sample: sample.map((r) => r.uscc), asOf }
  }
  const rows = await em.query<{ uscc: string; key: boolean; v?: unknown[] }[]>(query, parameters)
  const usccs: string[] = []
  const keys: string[] = []
  const others: string[] = []
  let count = 0
  for (const row of rows) {
    if (measureId && !measureConcerns(measureId, factsFromValues(names, row.v ?? []), asOf)) continue
    count++
    if (collect) usccs.push(row.uscc)
    if (row.key && keys.length < SAMPLE_SIZE) keys.push(row.uscc)
    else if (!row.key && others.length < SAMPLE_SIZE) others.push(row.uscc)
  }
  return { count, usccs, sample: [...keys, ...others].slice(0, SAMPLE_SIZE), asOf }
}

/**
 * Records the enterprises a notice reaches now (`notice_audience`): the new ones are inserted and
 * returned; the ones no longer in `usccs` are dropped.
 */
export async function recordReached(em: EntityManager, noticeId: string, usccs: readonly string[], now: Date): Promise<string[]> {
  const added = await em.query<{ enterprise_uscc: string }[]>(
    `INSERT INTO notice_audience (notice_id, enterprise_uscc, reached_at) SELECT $1, u, $2 FROM unnest($3::char(18)[]) AS u
     ON CONFLICT DO NOTHING RETURNING enterprise_uscc`,
    [noticeId, now, usccs],
  )
  await em.query(`DELETE FROM notice_audience WHERE notice_id = $1 AND NOT (enterprise_uscc = ANY($2::char(18)[]))`, [noticeId, usccs])
  return added.map((r) => r.enterprise_uscc)
}

/** The enterprise opened the notice (the first time counts). */
export async function markOpened(em: EntityManager, noticeId: string, uscc: string, now: Date): Promise<void> {
  await em.query(`UPDATE notice_audience SET opened_at = $3 WHERE notice_id = $1 AND enterprise_uscc = $2 AND opened_at IS NULL`, [noticeId, uscc, now])
}
