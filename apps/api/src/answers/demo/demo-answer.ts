import { measures } from '@servicepack/policy-rules'
import demoAnswerGroups from './demo-answers.json' with { type: 'json' }

/** A demo Q&A entry; `key` names it in the search quality set (search-quality.ts). */
export interface DemoAnswer {
  key: string
  measureId: string | null
  /** Default: the measure's appeal category. */
  category?: string
  bureau: string
  q: string
  a: string
}

const categoryOf = new Map(measures.map((m) => [m.id, m.appealCategory]))

/**
 * The demo 政策问答 (about 150 entries across the measures and their bureaus), seeded only in demo
 * (SEED_DEMO). They are data, kept in demo-answers.json grouped by the plan's clause: written from the
 * plan's text and the measures of packages/policy-rules (the spec checks each names a measure, a
 * category and a bureau of the catalogues, and identifies no enterprise).
 */
const groups: { clause: string; answers: DemoAnswer[] }[] = demoAnswerGroups
export const demoAnswers: (DemoAnswer & { category: string })[] = groups.flatMap((group) => group.answers).map((d) => ({
  ...d,
  category: d.category ?? categoryOf.get(d.measureId ?? '') ?? 'policy-consulting',
}))
