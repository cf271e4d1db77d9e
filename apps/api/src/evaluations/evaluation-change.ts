import type { Evaluation, Status } from '@servicepack/policy-rules'

/** A kept evaluation row as the jobs compare it (amounts as integer yuan). */
export interface KeptEvaluation {
  status: Status
  amountMin: number | null
  amountMax: number | null
  perPersonMin: number | null
  perPersonMax: number | null
  ruleVersion: string
  factsHash: string
  evaluatedOn: string
}

/** What one fresh evaluation means against the kept one. */
export interface EvaluationChange {
  /** The row must be (re)written: anything kept differs (status, amounts, rule version, facts, date). */
  write: boolean
  /**
   * The enterprise is to be told (issue 23 §3): the measure became eligible (from unknown, ineligible
   * or announced), or stayed eligible with a higher maximum (its own money, or per person). Never for
   * bad news, and never on the first evaluation of an enterprise × measure (no kept row: the baseline
   * is shown on the package page, not pushed). Once per (enterprise, measure, rule version) is the
   * push table's key, not this function's.
   */
  push: boolean
}

/** The kept form of a fresh evaluation. */
export function keptOf(e: Pick<Evaluation, 'status' | 'amount' | 'amountPerPerson'>, ruleVersion: string, factsHash: string, evaluatedOn: string): KeptEvaluation {
  return {
    status: e.status,
    amountMin: e.amount?.min ?? null,
    amountMax: e.amount?.max ?? null,
    perPersonMin: e.amountPerPerson?.min ?? null,
    perPersonMax: e.amountPerPerson?.max ?? null,
    ruleVersion,
    factsHash,
    evaluatedOn,
  }
}

export function changeOf(before: KeptEvaluation | undefined, after: KeptEvaluation): EvaluationChange {
  if (!before) return { write: true, push: false }
  const write =
    before.status !== after.status ||
    before.amountMin !== after.amountMin ||
    before.amountMax !== after.amountMax ||
    before.perPersonMin !== after.perPersonMin ||
    before.perPersonMax !== after.perPersonMax ||
    before.ruleVersion !== after.ruleVersion ||
    before.factsHash !== after.factsHash ||
    before.evaluatedOn !== after.evaluatedOn
  if (after.status !== 'eligible') return { write, push: false }
  if (before.status !== 'eligible') return { write, push: true }
  return { write, push: rose(before.amountMax, after.amountMax) || rose(before.perPersonMax, after.perPersonMax) }
}

function rose(before: number | null, after: number | null): boolean {
  return after !== null && (before === null || after > before)
}
