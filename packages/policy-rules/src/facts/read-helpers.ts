import { catalogues } from '../catalogues/index.js'
import { factDefinitions } from './definitions.generated.js'
import { checkValue, FactTypeError } from './validate.js'

/** What the generated `readFacts` (read-facts.generated.ts) calls: the failures, the code positions, yes/no. */

/** 1-based position of each code in its catalogue (0 is kept for "unknown"). */
const positionsOf = (codes: readonly { code: string }[]) => new Map<unknown, number>(codes.map((c, i) => [c.code, i + 1]))

/** The positions of each catalogue a code fact reads, by the catalogue's name in `catalogues`. */
export const CODE_POSITIONS = {
  districts: positionsOf(catalogues.districts),
  industries: positionsOf(catalogues.industries),
  technologyFields: positionsOf(catalogues.technologyFields),
  ratingYears: positionsOf(catalogues.ratingYears),
  loanStartMonths: positionsOf(catalogues.loanStartMonths),
} as const satisfies Record<string, ReadonlyMap<unknown, number>>

/** The FactTypeError of the fact at position `i` for the value `v`. */
export function fail(i: number, v: unknown): never {
  const def = factDefinitions[i]!
  throw new FactTypeError(def.name, checkValue(def, v) ?? 'has a wrong value')
}

/** The catalogue position of a code (1-based), or a FactTypeError. */
export function codeAt(i: number, v: unknown, positions: ReadonlyMap<unknown, number>): number {
  const k = positions.get(v)
  return k === undefined ? fail(i, v) : k
}

/** A yes/no fact: stores it, returns 0 unknown, 1 false, 2 true. */
export function yesNo(out: unknown[], i: number, v: unknown): number {
  if (v === true || v === false) {
    out[i] = v
    return v ? 2 : 1
  }
  if (v != null) fail(i, v)
  out[i] = undefined
  return 0
}
