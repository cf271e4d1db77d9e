/**
 * Named input → expected output cases, OpenFisca style, grouped by measure beside the words of the
 * clause they test. Every condition is covered on both sides (met, not met) and unknown — checked
 * by cases.spec.ts — and every threshold and cap on both sides; the date boundaries of the plan
 * (2026-01-01 … 2028-12-31) are generated for every measure from its eligible profile.
 */
import { measures } from '../measures/index.js'
import type { Case, MeasureCases } from './case.js'
import { innovationCases } from './innovation.cases.js'
import { qualityEfficiencyCases } from './quality-efficiency.cases.js'
import { resourceCases } from './resources.cases.js'
import { structureUpgradeCases } from './structure-upgrade.cases.js'

export type { Case, MeasureCases } from './case.js'

export const caseGroups: readonly MeasureCases[] = [...structureUpgradeCases, ...innovationCases, ...qualityEfficiencyCases, ...resourceCases]

/** Date boundaries of the plan, for every measure: its eligible profile the day before, the first day, the last day, the day after. */
export function dateCases(group: MeasureCases): Case[] {
  const announced = measures.find((m) => m.id === group.measure)?.amount.kind === 'announced'
  const inPeriod = announced ? ('announced' as const) : ('eligible' as const)
  const facts = group.eligible
  return [
    { name: '2025-12-31, day before the plan', asOf: '2025-12-31', facts, expected: { status: 'ineligible', amount: null, amountPerPerson: null, missing: [] } },
    { name: '2026-01-01, first day', asOf: '2026-01-01', facts, expected: { status: inPeriod } },
    { name: '2028-12-31, last day', asOf: '2028-12-31', facts, expected: { status: inPeriod } },
    { name: '2029-01-01, day after', asOf: '2029-01-01', facts, expected: { status: 'ineligible', amount: null, amountPerPerson: null, missing: [] } },
  ]
}
