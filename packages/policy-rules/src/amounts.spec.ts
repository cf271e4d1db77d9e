/**
 * The arithmetic of amounts against exact references (BigInt): an interest subsidy for a term in
 * months, and a per-tonne reward for a quantity with decimals. Both round down, so an amount never
 * exceeds what the text allows.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { perUnit } from './arithmetic.js'
import { applyBps, evaluateMeasure, MAX_LOAN_TERM_MONTHS, MAX_TCE, MAX_YUAN } from './index.js'

const asOf = '2027-06-30'

/** floor(principal × bps × months ÷ 120 000), exactly. */
const subsidy = (principal: number, bps: number, months: number) => Number((BigInt(principal) * BigInt(bps) * BigInt(months)) / 120_000n)

/** The decimal a number is written as (String), as a fraction n / 10^k of BigInts. */
function asDecimal(q: number): { n: bigint; scale: bigint } {
  const [mantissa, exp = '0'] = String(q).split('e')
  const [whole, frac = ''] = mantissa!.split('.')
  let n = BigInt(whole! + frac)
  let k = frac.length - Number(exp)
  if (k < 0) {
    n *= 10n ** BigInt(-k)
    k = 0
  }
  return { n, scale: 10n ** BigInt(k) }
}
/** floor(q × rate) for q as written, exactly. */
const exactPerUnit = (q: number, rate: number) => {
  const { n, scale } = asDecimal(q)
  return Number((n * BigInt(rate)) / scale)
}

describe('stocking-loan interest subsidy (十二): principal × yearly rate × months ÷ 12, rounded down', () => {
  const principal = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: MAX_YUAN }), fc.constant(MAX_YUAN))
  /** In a key chain, the loan starting in the evaluation month. */
  const loan = { keyIndustrialChain: true, stockingLoanStart: '2027-06' } as const
  const months = fc.oneof(fc.integer({ min: 0, max: 36 }), fc.integer({ min: 0, max: MAX_LOAN_TERM_MONTHS }))

  it('is exact for every principal and term up to their bounds', () => {
    fc.assert(
      fc.property(principal, months, (p, m) => {
        const e = evaluateMeasure('stocking-loan-subsidy', { ...loan, stockingLoanAmount: p, stockingLoanTermMonths: m }, { asOf })
        // only the months inside the plan count: 2027-06 … 2028-12 is 19 months (issue 23)
        const counted = Math.min(m, 19)
        if (p === 0) expect(e.status).toBe('ineligible')
        else expect(e.amount).toEqual({ min: subsidy(p, 80, counted), max: subsidy(p, 130, counted) })
      }),
      { numRuns: 2000 },
    )
  })

  it('twelve months is one year’s subsidy; a shorter term never gives more; a three-month loan gets at most a quarter of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_YUAN }), fc.integer({ min: 0, max: 12 }), (p, m) => {
        const at = (months: number) => evaluateMeasure('stocking-loan-subsidy', { ...loan, stockingLoanAmount: p, stockingLoanTermMonths: months }, { asOf }).amount!
        const year = at(12)
        expect(year).toEqual({ min: applyBps(p, 80), max: applyBps(p, 130) })
        expect(at(m).max).toBeLessThanOrEqual(year.max)
        expect(at(3).max * 4).toBeLessThanOrEqual(year.max + 3)
        expect(at(3).max).toBeLessThanOrEqual(year.max / 4)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('energy saving (八): 1000–2000 元/吨标煤, rounded down', () => {
  it('a quantity with up to six decimals is taken as written: exactly floor(tonnes × rate)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_TCE * 1_000_000 }), fc.constantFrom(1000, 2000, 1), (micro, rate) => {
        const q = micro / 1_000_000
        expect(perUnit(q, rate)).toBe(Number((BigInt(micro) * BigInt(rate)) / 1_000_000n))
      }),
      { numRuns: 3000 },
    )
  })

  it('any quantity: never more than the exact product of the quantity as written', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MAX_TCE, noNaN: true }), fc.constantFrom(1000, 2000, 7), (q, rate) => {
        const got = perUnit(q, rate)
        const exact = exactPerUnit(q, rate)
        expect(got).toBeLessThanOrEqual(exact)
        // and loses less than a gram's worth
        expect(exact - got).toBeLessThanOrEqual(Math.ceil(rate / 1_000_000))
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    [1.0006, 1000, 1000],
    [1.0006, 2000, 2001],
    [0.145, 1000, 145],
    [0.9, 1000, 900],
    // what a client computing 0.3 + 0.6 sends is 0.8999999999999999, and that is what is read
    [0.3 + 0.6, 1000, 899],
    [1234.5678, 2000, 2_469_135],
    [1e-7, 2000, 0],
  ])('%d t × %d 元/t → %d', (q, rate, expected) => {
    expect(perUnit(q, rate)).toBe(expected)
  })

  it('the measure gives the rounded-down range (1.0006 tce → [1000, 2001], not [1001, 2002])', () => {
    expect(evaluateMeasure('energy-saving', { energySavedTce: 1.0006 }, { asOf }).amount).toEqual({ min: 1000, max: 2001 })
  })
})
