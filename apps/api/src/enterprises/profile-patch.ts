import type { Facts } from '@servicepack/policy-rules'
import type { FieldProblem } from '../common/error-shape.js'
import { factProblems } from '../measures/fact-problems.js'
import type { FieldChange } from './enterprise-change.entity.js'

/** 重点企业: annual output value of at least 10亿元 (the plan's target group). */
export const KEY_ENTERPRISE_MIN_OUTPUT = 1_000_000_000

export type StoredFacts = Record<string, string | number | boolean>

export interface ProfileFields {
  name: string
  contactName: string | null
  contactPhone: string | null
  contactEmail: string | null
}

export interface ProfilePatch extends Partial<ProfileFields> {
  /** A fact set to null becomes unknown again; an absent fact is left as it is. */
  facts?: Record<string, unknown>
}

export type PatchResult =
  | { ok: true; fields: ProfileFields; facts: StoredFacts; isKey: boolean; changes: FieldChange[] }
  | { ok: false; problems: FieldProblem[] }

export function isKeyEnterprise(facts: Facts): boolean {
  return typeof facts.annualOutputValue === 'number' && facts.annualOutputValue >= KEY_ENTERPRISE_MIN_OUTPUT
}

/**
 * Applies a partial update to a profile. Pure: returns the new state and the list of changes
 * (field, from, to), or every problem naming its field (`facts.revenue`, `contactEmail`, …).
 */
export function applyProfilePatch(current: ProfileFields & { facts: StoredFacts }, patch: ProfilePatch): PatchResult {
  const problems: FieldProblem[] = []
  const changes: FieldChange[] = []
  const facts: StoredFacts = { ...current.facts }

  if (patch.facts !== undefined) {
    problems.push(...factProblems(patch.facts))
    if (problems.length === 0) {
      for (const [name, value] of Object.entries(patch.facts)) {
        const before = current.facts[name] ?? null
        if (value === null || value === undefined) delete facts[name]
        else facts[name] = value as string | number | boolean
        const after = facts[name] ?? null
        if (before !== after) changes.push({ field: `facts.${name}`, from: before, to: after })
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems }

  const fields: ProfileFields = {
    name: current.name,
    contactName: current.contactName,
    contactPhone: current.contactPhone,
    contactEmail: current.contactEmail,
  }
  for (const key of ['name', 'contactName', 'contactPhone', 'contactEmail'] as const) {
    const value = patch[key]
    if (value === undefined) continue
    const next = key === 'name' ? (value ?? '').trim() : value === null || value.trim() === '' ? null : value.trim()
    if (next !== fields[key]) {
      changes.push({ field: key, from: fields[key], to: next })
      ;(fields as unknown as Record<string, string | null>)[key] = next
    }
  }
  return { ok: true, fields, facts, isKey: isKeyEnterprise(facts as Facts), changes }
}
