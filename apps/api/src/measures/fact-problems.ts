import { factDefinition, validateFacts, type FactDefinition } from '@servicepack/policy-rules'
import type { FieldCode } from '../common/error-codes.js'
import { fieldProblem, type FieldProblem } from '../common/error-shape.js'

/** More keys than any profile can have (there are a few dozen facts); refused before validation. */
export const MAX_FACT_KEYS = 100

/** Why a defined fact's value was refused, as a field code. */
function codeFor(def: FactDefinition, value: unknown): FieldCode {
  const expected = def.type === 'boolean' ? 'boolean' : def.type === 'code' ? 'string' : 'number'
  if (typeof value !== expected) return 'TYPE'
  if (def.type === 'code') return 'NOT_ALLOWED'
  if (def.type !== 'tonnes' && !Number.isInteger(value)) return 'TYPE'
  return 'OUT_OF_RANGE'
}

/**
 * Every problem of a facts object, each naming its field (`facts.revenue`) with a code: not an
 * object, too many keys, unknown names, wrongly typed or out-of-range values. Pure.
 */
export function factProblems(facts: unknown, prefix = 'facts'): FieldProblem[] {
  if (facts === null || facts === undefined) return [fieldProblem(prefix, 'REQUIRED', `${prefix} must be an object of facts`)]
  if (typeof facts !== 'object' || Array.isArray(facts)) return [fieldProblem(prefix, 'TYPE', `${prefix} must be an object of facts`)]
  const names = Object.keys(facts)
  if (names.length > MAX_FACT_KEYS) return [fieldProblem(prefix, 'TOO_LONG', `${prefix} has ${names.length} keys; at most ${MAX_FACT_KEYS}`)]
  const values = facts as Record<string, unknown>
  const problems = names.filter((name) => !factDefinition(name)).map((name) => fieldProblem(`${prefix}.${name}`, 'UNKNOWN_FIELD', `unknown fact "${name}"`))
  const validation = validateFacts(values)
  if (!validation.ok) {
    for (const e of validation.errors) {
      const def = factDefinition(e.field)
      problems.push(fieldProblem(`${prefix}.${e.field}`, def ? codeFor(def, values[e.field]) : 'INVALID', e.message))
    }
  }
  return problems
}
