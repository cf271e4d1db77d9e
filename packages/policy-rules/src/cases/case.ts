import type { AmountRange, FactName, Facts, Status } from '../types.js'

/** One named input → expected output case, OpenFisca style. */
export interface Case {
  name: string
  asOf?: string
  facts: Facts
  expected: {
    status: Status
    /** Checked when present (null included). */
    amount?: AmountRange | null
    /** Checked when present (null included). */
    amountPerPerson?: AmountRange | null
    /** Checked when present (exact list, order-insensitive). */
    missing?: FactName[]
    /** Checked when present (exact list). */
    bureaus?: string[]
    /** Checked when present: each is part of some zh reason line. */
    reasonsInclude?: string[]
  }
}

/** The cases of one measure, beside the words of the clause they test. */
export interface MeasureCases {
  measure: string
  /** The clause's words the cases test, quoted from 沪府办规〔2025〕20号. */
  text: string
  /** A profile that makes the measure eligible (or announced): the date boundaries are generated from it. */
  eligible: Facts
  cases: Case[]
}

export const r = (min: number, max: number): AmountRange => ({ min, max })
export const M = 1_000_000
