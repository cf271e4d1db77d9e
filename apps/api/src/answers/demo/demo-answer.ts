import { measures } from '@servicepack/policy-rules'
import { demoAnswersA } from './demo-answers-a.js'
import { demoAnswersB } from './demo-answers-b.js'
import { demoAnswersC } from './demo-answers-c.js'

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

/** The demo 政策问答 (about 150 entries across the measures and their bureaus), seeded only in demo (SEED_DEMO). */
export const demoAnswers: (DemoAnswer & { category: string })[] = [...demoAnswersA, ...demoAnswersB, ...demoAnswersC].map((d) => ({
  ...d,
  category: d.category ?? categoryOf.get(d.measureId ?? '') ?? 'policy-consulting',
}))
