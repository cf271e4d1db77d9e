import { Injectable } from '@nestjs/common'
import { evaluate, isCalendarDate, sortForPackage, totalEligibleAmount, type Facts } from '@servicepack/policy-rules'
import { Clock } from '../common/clock.js'
import { fieldProblem, InputInvalidException, type FieldProblem } from '../common/error-shape.js'
import { factProblems } from './fact-problems.js'
import type { EvaluateResponseDto } from './measures.dto.js'

/**
 * The measures of the action plan as a service: facts validation and evaluation for every feature
 * (the public estimator, the enterprise package, and later appeals and notices). Features depend on
 * this module, never the reverse.
 */
@Injectable()
export class MeasuresService {
  constructor(private readonly clock: Clock) {}

  /** Every problem of a facts object (see factProblems). */
  factProblems(facts: unknown, prefix = 'facts'): FieldProblem[] {
    return factProblems(facts, prefix)
  }

  /** The evaluation date: the one asked for (a real calendar date) or today in Shanghai. */
  asOf(requested: string | undefined): string {
    const date = requested ?? this.clock.today()
    if (!isCalendarDate(date)) throw new InputInvalidException([invalidAsOf()])
    return date
  }

  /** Validates the facts and the date together (all problems at once), then evaluates. */
  evaluateInput(facts: unknown, requestedAsOf: string | undefined): EvaluateResponseDto {
    const problems = factProblems(facts)
    const date = requestedAsOf ?? this.clock.today()
    if (!isCalendarDate(date)) problems.push(invalidAsOf())
    if (problems.length > 0) throw new InputInvalidException(problems)
    return this.evaluate(facts as Facts, date)
  }

  /** Every measure for already-valid facts, in package order, with the eligible total. */
  evaluate(facts: Facts, asOf: string): EvaluateResponseDto {
    const evaluations = sortForPackage(evaluate(facts, { asOf, reasonsEn: true }))
    return { asOf, evaluations, total: totalEligibleAmount(evaluations) }
  }
}

function invalidAsOf(): FieldProblem {
  return fieldProblem('asOf', 'FORMAT', 'asOf must be a real calendar date YYYY-MM-DD')
}
