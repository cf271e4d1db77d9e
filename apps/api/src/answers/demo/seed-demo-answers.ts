import type { EntityManager } from 'typeorm'
import { writeSearchText } from '../answers-queries.js'
import { demoAnswers } from './demo-answer.js'

/** The seed's proposer name: marks the demo answers (idempotent seeding). */
export const DEMO_PROPOSER = 'demo-seed'

/**
 * Seeds the demo 政策问答 as approved answers, published on dates spread over the months before
 * `now`, with their search text. Idempotent: nothing when demo answers exist. Returns their ids by key.
 */
export async function seedDemoAnswers(em: EntityManager, now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const [{ n }] = (await em.query(`SELECT count(*)::int AS n FROM answers WHERE proposed_by = $1`, [DEMO_PROPOSER])) as [{ n: number }]
  if (n > 0) return ids
  const day = 86_400_000
  for (const [i, d] of demoAnswers.entries()) {
    const published = new Date(now.getTime() - ((i * 37) % 300) * day - day)
    const [{ id }] = (await em.query(
      `INSERT INTO answers (status, question, answer, measure_id, category_code, bureau, proposed_by, decided_by, decided_at, published_at, version)
       VALUES ('approved', $1, $2, $3, $4, $5, $6, $6, $7, $7, 1) RETURNING id`,
      [d.q, d.a, d.measureId, d.category, d.bureau, DEMO_PROPOSER, published],
    )) as [{ id: string }]
    await writeSearchText(em, id, d.q, d.a)
    ids.set(d.key, id)
  }
  return ids
}
