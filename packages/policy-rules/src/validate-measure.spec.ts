import { describe, expect, it } from 'vitest'
import { measures, validateMeasure } from './index.js'
import type { Measure } from './types.js'

const good = (): Record<string, unknown> => structuredClone(measures.find((m) => m.id === 'first-set-equipment')!) as unknown as Record<string, unknown>

function errorsOf(mutate: (m: Record<string, unknown>) => void): string[] {
  const m = good()
  mutate(m)
  const r = validateMeasure(m)
  return r.ok ? [] : r.errors
}

describe('validateMeasure', () => {
  it('accepts every built-in measure, also after a JSON round trip', () => {
    for (const m of measures) {
      expect(validateMeasure(m), m.id).toEqual({ ok: true })
      expect(validateMeasure(JSON.parse(JSON.stringify(m))), m.id).toEqual({ ok: true })
    }
  })

  it('rejects non-objects', () => {
    expect(validateMeasure(null)).toEqual({ ok: false, errors: ['measure: must be an object'] })
    expect(validateMeasure([])).toEqual({ ok: false, errors: ['measure: must be an object'] })
    expect(validateMeasure('x')).toEqual({ ok: false, errors: ['measure: must be an object'] })
  })

  const table: Array<[string, (m: Record<string, unknown>) => void, RegExp]> = [
    ['missing id', (m) => delete m.id, /^id: must be a kebab-case string/],
    ['bad id', (m) => (m.id = 'First Set'), /^id: must be a kebab-case string \(got "First Set"\)/],
    ['no reference', (m) => delete m.reference, /^reference: must be an object/],
    ['empty clause', (m) => ((m.reference as Measure['reference']).clause = ''), /^reference\.clause: must be a non-empty string/],
    ['no English name', (m) => ((m.name as Measure['name']).en = ''), /^name\.en: must be a non-empty string/],
    ['bad period date', (m) => ((m.period as Measure['period']).from = '2026-1-1'), /^period\.from: must be a YYYY-MM-DD date/],
    ['period reversed', (m) => (m.period = { from: '2028-01-01', to: '2026-01-01' }), /^period: from 2028-01-01 is after to 2026-01-01/],
    ['unknown bureau', (m) => (m.bureaus = ['sheitc', 'mystery']), /^bureaus\[1\]: unknown bureau code "mystery"/],
    ['district government listed as bureau', (m) => (m.bureaus = ['gov-pudong']), /^bureaus\[0\]: district government "gov-pudong"/],
    ['no bureaus', (m) => (m.bureaus = []), /^bureaus: must be a non-empty array/],
    ['districtGovernments not boolean', (m) => (m.districtGovernments = 'yes'), /^districtGovernments: must be true or false/],
    ['unknown appeal category', (m) => (m.appealCategory = 'x'), /^appealCategory: unknown appeal category "x"/],
    ['conditions not an array', (m) => (m.conditions = {}), /^conditions: must be an array/],
    ['unknown condition kind', (m) => (m.conditions = [{ kind: 'between', fact: 'revenue' }]), /^conditions\[0\]\.kind: unknown condition kind "between"/],
    ['unknown fact', (m) => (m.conditions = [{ kind: 'isTrue', fact: 'isNice' }]), /^conditions\[0\]\.fact: unknown fact "isNice"/],
    ['isTrue on a number fact', (m) => (m.conditions = [{ kind: 'isTrue', fact: 'annualOutputValue' }]), /^conditions\[0\]\.fact: isTrue needs a boolean fact; "annualOutputValue" is yuan/],
    ['gte on a boolean fact', (m) => (m.conditions = [{ kind: 'gte', fact: 'rdHighGrowth', value: 1 }]), /^conditions\[0\]\.fact: gte needs a number fact/],
    ['gte without value', (m) => (m.conditions = [{ kind: 'gte', fact: 'annualOutputValue' }]), /^conditions\[0\]\.value: is required/],
    ['gte on a negative literal', (m) => (m.conditions = [{ kind: 'gte', fact: 'annualOutputValue', value: -5 }]), /^conditions\[0\]\.value: must be a finite number ≥ 0/],
    ['gte on an undefined parameter', (m) => (m.conditions = [{ kind: 'gte', fact: 'annualOutputValue', value: { param: 'nope' } }]), /^conditions\[0\]\.value: refers to undefined parameter "nope"/],
    ['in with unknown code', (m) => (m.conditions = [{ kind: 'in', fact: 'industry', values: ['steel', 'tourism'] }]), /^conditions\[0\]\.values\[1\]: unknown industries code "tourism"/],
    ['in with empty list', (m) => (m.conditions = [{ kind: 'in', fact: 'industry', values: [] }]), /^conditions\[0\]\.values: must be a non-empty array/],
    ['in on a number fact', (m) => (m.conditions = [{ kind: 'in', fact: 'annualOutputValue', values: ['1'] }]), /^conditions\[0\]\.fact: in needs a code fact/],
    ['no amount', (m) => delete m.amount, /^amount: must be an object with a kind/],
    ['unknown amount kind', (m) => (m.amount = { kind: 'lottery' }), /^amount\.kind: unknown amount kind "lottery"/],
    ['amount on a boolean fact', (m) => ((m.amount as Record<string, unknown>).fact = 'firstSetCertified'), /^amount\.fact: fact "firstSetCertified" is boolean; this needs a number fact/],
    ['amount operand missing', (m) => delete (m.amount as Record<string, unknown>).cap, /^amount\.cap: is required/],
    ['min above max', (m) => (m.amount = { kind: 'interestSubsidy', fact: 'stockingLoanAmount', termMonthsFact: 'stockingLoanTermMonths', minBps: 200, maxBps: 100 }), /^amount\.minBps: is greater than maxBps/],
    ['rate range without a term (the old, misleading kind)', (m) => (m.amount = { kind: 'rateRange', fact: 'stockingLoanAmount', minBps: 80, maxBps: 130 }), /^amount\.kind: unknown amount kind "rateRange"/],
    ['interest subsidy without a term fact', (m) => (m.amount = { kind: 'interestSubsidy', fact: 'stockingLoanAmount', minBps: 80, maxBps: 130 }), /^amount\.termMonthsFact: unknown fact undefined/],
    ['interest subsidy with a term that is not months', (m) => (m.amount = { kind: 'interestSubsidy', fact: 'stockingLoanAmount', termMonthsFact: 'talentAwardNominees', minBps: 80, maxBps: 130 }), /^amount\.termMonthsFact: fact "talentAwardNominees" must be a count of months/],
    ['interest subsidy whose start is not a loan-start month', (m) => (m.amount = { kind: 'interestSubsidy', fact: 'stockingLoanAmount', termMonthsFact: 'stockingLoanTermMonths', startMonthFact: 'industry', minBps: 80, maxBps: 130 }), /^amount\.startMonthFact: fact "industry" must be a loanStartMonths code fact/],
    ['an open list that is not true', (m) => (m.conditions = [{ kind: 'in', fact: 'industry', values: ['steel'], open: false as unknown as true }]), /^conditions\[0\]\.open: must be true when given/],
    ['interest subsidy on tonnes', (m) => (m.amount = { kind: 'interestSubsidy', fact: 'energySavedTce', termMonthsFact: 'stockingLoanTermMonths', minBps: 80, maxBps: 130 }), /^amount\.fact: fact "energySavedTce" must be an amount of yuan/],
    ['per-person award without its maximum', (m) => (m.amount = { kind: 'perPerson' }), /^amount\.max: is required/],
    ['amount on a retired fact', (m) => (m.amount = { kind: 'upToFact', fact: 'revenue', cap: 1 }), /^amount\.fact: fact "revenue" is retired/],
    ['condition on a retired fact', (m) => (m.conditions = [{ kind: 'isTrue', fact: 'aboveDesignatedSize' }]), /^conditions\[0\]\.fact: fact "aboveDesignatedSize" is retired/],
    ['anyOf with one alternative', (m) => (m.conditions = [{ kind: 'anyOf', conditions: [{ kind: 'isTrue', fact: 'firstSetCertified' }] }]), /^conditions\[0\]\.conditions: must be an array of at least two/],
    [
      'anyOf nested in anyOf',
      (m) => (m.conditions = [{ kind: 'anyOf', conditions: [{ kind: 'isTrue', fact: 'firstSetCertified' }, { kind: 'anyOf', conditions: [] }] }]),
      /^conditions\[0\]\.conditions\[1\]\.kind: unknown condition kind "anyOf"/,
    ],
    [
      'anyOf with a bad alternative',
      (m) => (m.conditions = [{ kind: 'anyOf', conditions: [{ kind: 'isTrue', fact: 'firstSetCertified' }, { kind: 'in', fact: 'technologyField', values: ['steel'] }] }]),
      /^conditions\[0\]\.conditions\[1\]\.values\[0\]: unknown technologyFields code "steel"/,
    ],
    ['notes not an array', (m) => (m.notes = 'x'), /^notes: must be an array/],
    ['note without English', (m) => (m.notes = [{ zh: '累计', en: '' }]), /^notes\[0\]: must be \{ zh, en \}/],
    ['tiers param missing', (m) => (m.amount = { kind: 'tiers', fact: 'basicResearchInvestment', tiers: { param: 'cap' } }), /^amount\.tiers: parameter "cap" must be defined and hold tiers/],
    ['params not an object', (m) => (m.params = []), /^params: must be an object/],
    ['empty param', (m) => ((m.params as Record<string, unknown>).cap = []), /^params\.cap: must be a non-empty array/],
    ['param without reference', (m) => ((m.params as Record<string, unknown>).cap = [{ from: '2026-01-01', value: 1 }]), /^params\.cap\[0\]\.reference: must name the source/],
    ['param with a fraction of a yuan', (m) => ((m.params as Record<string, unknown>).cap = [{ from: '2026-01-01', value: 1.5, reference: 'x' }]), /^params\.cap\[0\]\.value: must be an integer ≥ 0/],
    [
      'param dates out of order',
      (m) =>
        ((m.params as Record<string, unknown>).cap = [
          { from: '2027-01-01', value: 1, reference: 'x' },
          { from: '2026-01-01', value: 2, reference: 'y' },
        ]),
      /^params\.cap\[1\]\.from: dates must be strictly increasing/,
    ],
    [
      'tiers not descending',
      (m) => (m.params = { t: [{ from: '2026-01-01', value: [{ gte: 1, amount: 1 }, { gte: 5, amount: 2 }], reference: 'x' }] }),
      /^params\.t\[0\]\.value\[1\]\.gte: tiers must be listed from the highest threshold down/,
    ],
  ]

  it.each(table)('rejects %s with a message naming the problem', (_name, mutate, message) => {
    const errors = errorsOf(mutate)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.some((e) => message.test(e)), errors.join('\n')).toBe(true)
  })

  it('reports several problems at once', () => {
    const errors = errorsOf((m) => {
      m.id = ''
      m.bureaus = ['x']
      m.amount = { kind: 'nope' }
    })
    expect(errors.length).toBeGreaterThanOrEqual(3)
  })
})
