import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FACTS_FILE, factsFromYaml, generatedPath, measureFromSource, MEASURE_FILES, renderFacts, renderMeasures } from '../../scripts/render-catalogue.js'
import { MAX_YUAN } from '../facts/bounds.js'
import { PLAN } from './plan.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const PLAN_PERIOD = { from: PLAN.period.from, to: PLAN.period.to }

describe('the catalogue modules generated from its YAML', () => {
  it.each(MEASURE_FILES)('$yaml is what its generated module holds (else: pnpm --filter @servicepack/policy-rules generate)', ({ yaml, exportName }) => {
    expect(read(generatedPath(yaml))).toBe(renderMeasures(read(yaml), yaml, exportName))
  })

  it(`${FACTS_FILE} is what its generated module holds`, () => {
    expect(read(generatedPath(FACTS_FILE))).toBe(renderFacts(read(FACTS_FILE)))
  })

  it('would change with the YAML: an amount edited is a stale module', () => {
    const { yaml, exportName } = MEASURE_FILES[1]
    const edited = read(yaml).replace('value: 10000000, clause: (四)', 'value: 20000000, clause: (四)')
    expect(edited).not.toBe(read(yaml))
    expect(renderMeasures(edited, yaml, exportName)).not.toBe(read(generatedPath(yaml)))
  })
})

describe('a measure as written in YAML', () => {
  const base = { id: 'm', clause: '(四)', name: { zh: '名', en: 'N' }, summary: { zh: '要', en: 'S' }, bureaus: ['sheitc'], params: {} }

  it('names its clause of the plan, and takes the plan’s period after its summary', () => {
    const measure = measureFromSource(base) as Record<string, unknown>
    expect(Object.keys(measure)).toEqual(['id', 'reference', 'name', 'summary', 'period', 'bureaus', 'params'])
    expect(measure.reference).toEqual({ document: PLAN.document, clause: '(四)' })
    expect(measure.period).toEqual(PLAN_PERIOD)
  })

  it('keeps a period of its own', () => {
    const period = { from: '2027-01-01', to: '2027-12-31' }
    expect(measureFromSource({ ...base, period })).toMatchObject({ period })
  })

  it.each([
    ['the plan’s first day and the clause cited', { value: 5, clause: '(九)' }, { from: PLAN.period.from, value: 5, reference: `${PLAN.document} (九)` }],
    ['a day of its own', { from: '2027-07-01', value: [{ gte: 1, amount: 2 }], clause: '(九)' }, { from: '2027-07-01', value: [{ gte: 1, amount: 2 }], reference: `${PLAN.document} (九)` }],
  ])('gives a parameter version %s', (_what, version, expected) => {
    expect(measureFromSource({ ...base, params: { cap: [version] } })).toMatchObject({ params: { cap: [expected] } })
  })

  it.each([
    ['a reference instead of its clause', { ...base, reference: { document: 'x', clause: '(四)' } }, 'give its clause, not a reference'],
    ['no clause', { ...base, clause: undefined }, 'clause must be like (四)'],
    ['a clause that is not one', { ...base, clause: '4' }, 'clause must be like (四), not "4"'],
    ['a version without a value', { ...base, params: { cap: [{ clause: '(四)' }] } }, 'params.cap[0]: no value'],
    ['a version with a key it does not know', { ...base, params: { cap: [{ value: 1, clause: '(四)', to: '2027-01-01' }] } }, 'params.cap[0]: unknown key to'],
    ['params that are not a map', { ...base, params: [] }, 'params is a map'],
  ])('is refused with %s', (_what, source, message) => {
    expect(() => measureFromSource(source)).toThrow(message)
  })

  it('is refused at the top of a file with keys it does not know', () => {
    expect(() => renderMeasures('measures: []\nextra: 1\n', 'measures/x.yaml', 'x')).toThrow('measures/x.yaml: unknown key extra')
  })

  it('is refused with a key written twice', () => {
    expect(() => renderMeasures('measures: []\nmeasures: []\n', 'measures/x.yaml', 'x')).toThrow(/unique/i)
  })
})

describe('a fact as written in YAML', () => {
  const fact = (max: string) => `facts:\n  - { name: annualOutputValue, type: yuan, unit: CNY, max: ${max} }\n`

  it('names its bound, which the module imports from bounds.ts', () => {
    expect(factsFromYaml(fact('MAX_YUAN'))[0]!.max).toBe(MAX_YUAN)
    const module = renderFacts(`# Facts.\n${fact('MAX_YUAN')}`)
    expect(module).toContain("import { MAX_YUAN } from './bounds.js'")
    expect(module).toMatch(/"max": MAX_YUAN\n/)
  })

  it('is refused with a bound bounds.ts does not have', () => {
    expect(() => factsFromYaml(fact('42'))).toThrow('facts[0] annualOutputValue: max 42 is not a bound of facts/bounds.ts')
  })
})
