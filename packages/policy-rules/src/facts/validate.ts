import { catalogueCodes } from '../catalogues/index.js'
import type { FactDefinition } from '../types.js'
import { factDefinitions } from './definitions.generated.js'

const byName = new Map<string, FactDefinition>(factDefinitions.map((d) => [d.name, d]))

/** The definition of a fact, or undefined. */
export function factDefinition(name: string): FactDefinition | undefined {
  return byName.get(name)
}

const codeSets = {
  industries: new Set<string>(catalogueCodes('industries')),
  districts: new Set<string>(catalogueCodes('districts')),
  technologyFields: new Set<string>(catalogueCodes('technologyFields')),
  ratingYears: new Set<string>(catalogueCodes('ratingYears')),
  loanStartMonths: new Set<string>(catalogueCodes('loanStartMonths')),
}

/** A fact has a value of the wrong type (or outside its catalogue or bound). `field` names the fact. */
export class FactTypeError extends TypeError {
  readonly field: string
  constructor(field: string, message: string) {
    super(`fact "${field}": ${message}`)
    this.name = 'FactTypeError'
    this.field = field
  }
}

export interface FactError {
  field: string
  message: string
}

export type FactValidation = { ok: true } | { ok: false; errors: FactError[] }

/** Check one value against its definition; returns the problem, or null when fine or absent. */
export function checkValue(def: FactDefinition, v: unknown): string | null {
  if (v === undefined || v === null) return null
  const max = def.max ?? Number.MAX_SAFE_INTEGER
  switch (def.type) {
    case 'boolean':
      return typeof v === 'boolean' ? null : `must be true or false (got ${describe(v)})`
    case 'yuan':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max
        ? null
        : `must be a whole number of yuan between 0 and ${max} (got ${describe(v)})`
    case 'count':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max
        ? null
        : `must be a whole number between 0 and ${max} (got ${describe(v)})`
    case 'tonnes':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max
        ? null
        : `must be a number of tonnes between 0 and ${max} (got ${describe(v)})`
    case 'code': {
      const set = codeSets[def.catalogue ?? 'industries']
      if (typeof v !== 'string') return `must be a ${def.catalogue} code (got ${describe(v)})`
      return set.has(v) ? null : `unknown ${def.catalogue} code ${describe(v)}; allowed: ${[...set].join(', ')}`
    }
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return 'an array'
  return typeof v
}

/**
 * Check the declared facts of an object. Absent, `undefined` and `null` are fine (unknown); names
 * that are not facts are ignored. Returns every problem, each naming its field.
 */
export function validateFacts(facts: unknown): FactValidation {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return { ok: false, errors: [{ field: '', message: 'facts must be an object' }] }
  }
  const errors: FactError[] = []
  const obj = facts as Record<string, unknown>
  for (const def of factDefinitions) {
    const problem = checkValue(def, obj[def.name])
    if (problem !== null) errors.push({ field: def.name, message: problem })
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors }
}
