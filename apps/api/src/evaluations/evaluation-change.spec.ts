import { describe, expect, it } from 'vitest'
import { changeOf, keptOf, type KeptEvaluation } from './evaluation-change.js'

const base: KeptEvaluation = { status: 'unknown', amountMin: null, amountMax: null, perPersonMin: null, perPersonMax: null, ruleVersion: 'v1', factsHash: 'f1', evaluatedOn: '2026-12-01' }
const k = (over: Partial<KeptEvaluation>): KeptEvaluation => ({ ...base, ...over })

describe('what a fresh evaluation means against the kept one', () => {
  it.each<[string, KeptEvaluation | undefined, KeptEvaluation, boolean, boolean]>([
    ['first evaluation, eligible: a baseline, not a push', undefined, k({ status: 'eligible' }), true, false],
    ['unknown → eligible: pushed', k({}), k({ status: 'eligible', factsHash: 'f2' }), true, true],
    ['ineligible → eligible: pushed', k({ status: 'ineligible' }), k({ status: 'eligible', factsHash: 'f2' }), true, true],
    ['announced → eligible (rules published): pushed', k({ status: 'announced' }), k({ status: 'eligible', ruleVersion: 'v2' }), true, true],
    ['eligible → eligible, same amount, new version: written, not pushed', k({ status: 'eligible', amountMax: 100 }), k({ status: 'eligible', amountMax: 100, ruleVersion: 'v2' }), true, false],
    ['eligible → eligible, amount rises: pushed', k({ status: 'eligible', amountMin: 0, amountMax: 100 }), k({ status: 'eligible', amountMin: 0, amountMax: 200, factsHash: 'f2' }), true, true],
    ['eligible → eligible, per-person amount rises: pushed', k({ status: 'eligible', perPersonMax: 100 }), k({ status: 'eligible', perPersonMax: 150, factsHash: 'f2' }), true, true],
    ['eligible → eligible, amount falls: written, not pushed', k({ status: 'eligible', amountMax: 200 }), k({ status: 'eligible', amountMax: 100, factsHash: 'f2' }), true, false],
    ['eligible → eligible, case by case becomes an amount: pushed', k({ status: 'eligible' }), k({ status: 'eligible', amountMin: 5, amountMax: 5, factsHash: 'f2' }), true, true],
    ['eligible → ineligible (bad news): written, never pushed', k({ status: 'eligible', amountMax: 100 }), k({ status: 'ineligible', factsHash: 'f2' }), true, false],
    ['eligible → unknown: written, not pushed', k({ status: 'eligible' }), k({ factsHash: 'f2' }), true, false],
    ['unknown → ineligible: written, not pushed', k({}), k({ status: 'ineligible', factsHash: 'f2' }), true, false],
    ['nothing changed: neither', k({ status: 'eligible', amountMax: 100 }), k({ status: 'eligible', amountMax: 100 }), false, false],
    ['only the date changed: written (evaluated_on), not pushed', k({ status: 'eligible' }), k({ status: 'eligible', evaluatedOn: '2026-12-02' }), true, false],
  ])('%s', (_name, before, after, write, push) => {
    expect(changeOf(before, after)).toEqual({ write, push })
  })

  it('keeps the engine amounts as they are', () => {
    expect(keptOf({ status: 'eligible', amount: { min: 1, max: 2 }, amountPerPerson: null }, 'v', 'f', '2026-12-01')).toEqual({ status: 'eligible', amountMin: 1, amountMax: 2, perPersonMin: null, perPersonMax: null, ruleVersion: 'v', factsHash: 'f', evaluatedOn: '2026-12-01' })
  })
})
