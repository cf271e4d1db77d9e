import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { caseGroups, dateCases, type Case } from './cases/index.js'
import { evaluate, evaluateMeasure, measures } from './index.js'
import type { Condition } from './types.js'

const DEFAULT_AS_OF = '2026-06-01'

function check(measure: string, c: Case) {
  const e = evaluateMeasure(measure, c.facts, { asOf: c.asOf ?? DEFAULT_AS_OF, reasonsEn: true })
  expect(e.measureId).toBe(measure)
  expect(e.status).toBe(c.expected.status)
  if ('amount' in c.expected) expect(e.amount).toEqual(c.expected.amount)
  if ('amountPerPerson' in c.expected) expect(e.amountPerPerson).toEqual(c.expected.amountPerPerson)
  if (c.expected.missing) expect([...e.missing].sort()).toEqual([...c.expected.missing].sort())
  if (c.expected.bureaus) expect(e.bureaus).toEqual(c.expected.bureaus)
  for (const words of c.expected.reasonsInclude ?? []) expect(e.reasons.some((line) => line.includes(words)), `"${words}" in ${e.reasons.join(' | ')}`).toBe(true)
  // Invariants that hold for every case.
  expect(e.reasons.length).toBeGreaterThan(0)
  expect(e.reasonsEn?.length).toBe(e.reasons.length)
  expect(e.trace[0]!.fact).toBe('asOf')
  if (e.status === 'ineligible') expect(e.missing).toEqual([])
  // Unknown because a fact is missing, or because a value falls outside an open list (等): the
  // bureaus decide, no fact of the profile would settle it.
  if (e.status === 'unknown') expect(e.missing.length > 0 || e.trace.some((t) => t.result === 'unknown' && t.value !== null)).toBe(true)
  if (e.status === 'announced') expect(e.amount).toBeNull()
  // evaluate() gives the same result for the measure.
  const all = evaluate(c.facts, { asOf: c.asOf ?? DEFAULT_AS_OF })
  const { reasonsEn: _en, ...withoutEn } = e
  expect(all.find((x) => x.measureId === measure)).toEqual(withoutEn)
  return e
}

describe.each(caseGroups.map((g) => [`${g.measure}: ${g.text.slice(0, 40)}…`, g] as const))('%s', (_title, group) => {
  it.each(group.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    check(group.measure, c)
  })
  it.each(dateCases(group).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    check(group.measure, c)
  })
})

/** The plan as published (a verbatim copy of the document), without spaces and with ASCII punctuation. */
const normalise = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[，：；（）]/g, (ch) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' })[ch]!)
const plan = normalise(readFileSync(new URL('../source/shanghai-advanced-manufacturing-action-plan-2026-2028.md', import.meta.url), 'utf8'))

/** Every fact a measure's conditions read, alternatives included. */
const conditionFacts = (conditions: Condition[]) => conditions.flatMap((c) => (c.kind === 'anyOf' ? c.conditions.map((s) => s.fact) : [c.fact]))
/** Facts read only by open lists (等): never not met; a value not named is unknown. */
const openOnly = (conditions: Condition[], fact: string) => {
  const simple = conditions.flatMap((c) => (c.kind === 'anyOf' ? c.conditions : [c])).filter((c) => c.fact === fact)
  return simple.every((c) => c.kind === 'in' && c.open === true)
}

describe('case coverage', () => {
  it('has cases for every measure, each group once', () => {
    const covered = caseGroups.map((g) => g.measure)
    expect(new Set(covered).size).toBe(covered.length)
    expect([...covered].sort()).toEqual(measures.map((m) => m.id).sort())
  })

  it.each(caseGroups.map((g) => [g.measure, g] as const))('%s: the quoted words are the plan’s own', (_id, group) => {
    // "……" marks words left out of a quote: each piece must be in the plan, in order.
    let from = 0
    for (const piece of normalise(group.text).split('……').filter(Boolean)) {
      const at = plan.indexOf(piece, from)
      expect(at, `"${piece}" not found in the plan (after position ${from})`).toBeGreaterThanOrEqual(0)
      from = at + piece.length
    }
  })

  it.each(measures.map((m) => [m.id, m] as const))('%s: every condition is met, not met and unknown in some case', (id, m) => {
    const group = caseGroups.find((g) => g.measure === id)!
    const seen = new Map<string, Set<string>>()
    for (const c of group.cases) {
      for (const step of evaluateMeasure(id, c.facts, { asOf: c.asOf ?? DEFAULT_AS_OF }).trace.slice(1)) {
        if (!seen.has(step.fact)) seen.set(step.fact, new Set())
        seen.get(step.fact)!.add(step.result)
      }
    }
    for (const fact of conditionFacts(m.conditions)) {
      const expected = openOnly(m.conditions, fact) ? ['met', 'unknown'] : ['met', 'not-met', 'unknown']
      expect([...(seen.get(fact) ?? [])].sort(), `${id}: condition on ${fact}`).toEqual(expected)
    }
  })

  it('names the out-of-period reason', () => {
    const before = evaluateMeasure('basic-research', { basicResearchInvestment: 1e8 }, { asOf: '2025-12-31' })
    expect(before.reasons).toEqual(['评估日期2025-12-31早于本措施实施日期2026-01-01'])
    const after = evaluateMeasure('basic-research', { basicResearchInvestment: 1e8 }, { asOf: '2029-01-01' })
    expect(after.reasons[0]).toContain('2028-12-31')
    expect(after.trace).toEqual([{ fact: 'asOf', value: '2029-01-01', test: '2026-01-01 ≤ asOf ≤ 2028-12-31', result: 'not-met' }])
  })

  it('every measure is ineligible outside the plan period, whatever the facts', () => {
    const facts = { industry: 'integrated-circuits', firstSetCertified: true, basicResearchInvestment: 2e8, rdHighGrowth: true, talentAwardNominees: 3 } as const
    for (const asOf of ['2000-01-01', '2025-12-31', '2029-01-01', '2099-12-31']) {
      for (const e of evaluate(facts, { asOf })) {
        expect(e.status).toBe('ineligible')
        expect(e.amount).toBeNull()
        expect(e.amountPerPerson).toBeNull()
      }
    }
  })
})
