import { createHash } from 'node:crypto'
import { measures, type Measure } from '@servicepack/policy-rules'

/**
 * JSON with object keys sorted at every level (arrays keep their order): the same definition always
 * gives the same text, whatever order its keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** 16 hex digits of the SHA-256 of the value's canonical JSON. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16)
}

/** A measure's rule version: the hash of its whole definition (conditions, amounts, params, period, bureaus, texts). */
export function ruleVersionOf(measure: Measure): string {
  return stableHash(measure)
}

/** The rule version of every measure of the built-in catalogue, by id (computed once). */
export const RULE_VERSIONS: ReadonlyMap<string, string> = new Map(measures.map((m) => [m.id, ruleVersionOf(m)]))

/** The facts hash kept beside each evaluation. */
export function factsHashOf(facts: Record<string, unknown>): string {
  return stableHash(facts)
}
