import { fieldProblem, InputInvalidException, type FieldProblem } from './error-shape.js'

/**
 * A whole number in a path parameter, written as people write one: decimal digits, no sign, no
 * leading zero, no exponent, fraction, hex/octal/binary prefix or spaces (`0x7EA`, `2026.0`, `2e3`,
 * ` 2026`, `02026` are refused, not read as 2026 or 2000), within [min, max]. Pure; a pipe wraps it.
 */
export function decimalParamProblem(name: string, value: unknown, min: number, max: number): FieldProblem | null {
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]{0,14})$/.test(value)) return fieldProblem(name, 'FORMAT', `${name} must be written in decimal digits only`)
  const n = Number(value)
  if (n < min || n > max) return fieldProblem(name, 'OUT_OF_RANGE', `${name} must be from ${min} to ${max}`)
  return null
}

/** The number of a path parameter, or a 400 naming it. */
export function parseDecimalParam(name: string, value: unknown, min: number, max: number): number {
  const problem = decimalParamProblem(name, value, min, max)
  if (problem) throw new InputInvalidException([problem])
  return Number(value)
}
