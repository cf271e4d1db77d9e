import { catalogues, measures } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { identifyingMentions } from '../answer-privacy.js'
import { demoAnswers } from './demo-answer.js'

describe('the demo 政策问答', () => {
  it('has about 150 entries with unique keys and questions', () => {
    expect(demoAnswers.length).toBeGreaterThanOrEqual(140)
    expect(new Set(demoAnswers.map((d) => d.key)).size).toBe(demoAnswers.length)
    expect(new Set(demoAnswers.map((d) => d.q)).size).toBe(demoAnswers.length)
  })

  it('names measures, categories and bureaus of the catalogues', () => {
    const ids = new Set(measures.map((m) => m.id))
    const cats = new Set(catalogues.appealCategories.map((c) => c.code))
    const bureaus = new Set(catalogues.bureaus.map((b) => b.code))
    for (const d of demoAnswers) {
      if (d.measureId) expect(ids.has(d.measureId), d.key).toBe(true)
      expect(cats.has(d.category), d.key).toBe(true)
      expect(bureaus.has(d.bureau), d.key).toBe(true)
    }
  })

  it('covers every measure', () => {
    const covered = new Set(demoAnswers.map((d) => d.measureId))
    expect(measures.filter((m) => !covered.has(m.id)).map((m) => m.id)).toEqual([])
  })

  it('identifies no enterprise', () => {
    for (const d of demoAnswers) expect(identifyingMentions(`${d.q}\n${d.a}`, { enterpriseName: null, uscc: null, contactName: null, contactPhone: null }), d.key).toEqual([])
  })
})
