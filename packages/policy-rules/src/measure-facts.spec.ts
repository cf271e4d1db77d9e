import { describe, expect, it } from 'vitest'
import { factDefinition } from './facts/index.js'
import { factsOfMeasure } from './measure-facts.js'
import { measures } from './measures/index.js'

describe('factsOfMeasure', () => {
  it('finds the facts of the conditions and of the amount', () => {
    expect(factsOfMeasure('basic-research')).toEqual(['basicResearchInvestment'])
    expect(factsOfMeasure('stocking-loan-subsidy')).toEqual(expect.arrayContaining(['stockingLoanTermMonths']))
    expect(factsOfMeasure('no-such-measure')).toEqual([])
  })

  it('names only real facts, for every measure', () => {
    for (const m of measures) for (const f of factsOfMeasure(m.id)) expect(factDefinition(f), `${m.id}: ${f}`).toBeDefined()
  })
})
