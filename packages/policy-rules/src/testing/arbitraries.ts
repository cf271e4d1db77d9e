/**
 * fast-check arbitraries of well-typed facts, shared by the property tests (test code only: not
 * exported by the package).
 */
import fc from 'fast-check'
import { catalogues, factDefinitions, type Facts } from '../index.js'
import type { FactDefinition } from '../types.js'

/** Tonnes as people write them: whole, with up to six decimals, or any double up to the bound. */
const tonnesArb = (max: number) =>
  fc.oneof(
    fc.nat({ max: 20_000 }),
    fc.integer({ min: 0, max: Math.min(max, 1e8) * 1_000_000 }).map((micro) => micro / 1_000_000),
    fc.double({ min: 0, max, noNaN: true }),
  )

/** A value of the fact's type within its bound, with its bound and small values more likely. */
export function valueFor(def: FactDefinition): fc.Arbitrary<unknown> {
  const max = def.max ?? Number.MAX_SAFE_INTEGER
  switch (def.type) {
    case 'yuan':
      return fc.oneof(fc.integer({ min: 0, max: Math.min(max, 200_000_000) }), fc.integer({ min: 0, max }), fc.constant(max))
    case 'count':
      return fc.oneof(fc.nat({ max: Math.min(max, 1000) }), fc.integer({ min: 0, max }), fc.constant(max))
    case 'tonnes':
      return fc.oneof(tonnesArb(max), fc.constant(max))
    case 'boolean':
      return fc.boolean()
    default:
      return fc.constantFrom(...catalogues[def.catalogue ?? 'industries'].map((c) => c.code))
  }
}

/** Any well-typed facts: each fact absent, null or a value of its type. */
export const factsArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    factDefinitions.map((d) => [d.name, fc.option(valueFor(d), { nil: undefined, freq: 3 }).chain((v) => fc.constantFrom(v, v, v, null))]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Facts>

export const dateArb = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** A date inside the plan's period. */
export const inPeriodDateArb = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
