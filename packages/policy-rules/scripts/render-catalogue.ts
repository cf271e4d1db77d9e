import { parse } from 'yaml'
import * as bounds from '../src/facts/bounds.js'
import { PLAN } from '../src/measures/plan.js'
import type { FactDefinition, Measure } from '../src/types.js'
import { boundName } from './render-read-facts.js'

/**
 * The policy catalogue is written as YAML (the measures of each chapter of the plan, the facts of a
 * profile): data, with the comments that say why a clause is read the way it is, and anchors for lists
 * several measures share. This renders each YAML file as the typed TypeScript module the package
 * exports (`*.generated.ts` beside it), so the compiler still checks every kind, fact and field, and
 * nothing parses YAML at run time. `pnpm --filter @servicepack/policy-rules generate` writes them; a
 * spec fails while one is stale.
 *
 * What the YAML leaves out, the rendering adds, so that the plan is named once (measures/plan.ts):
 * a measure's `clause: (四)` becomes `reference: { document: PLAN.document, clause: '(四)' }`; its
 * `period`, when not given, is the plan's; a parameter version's `clause` becomes its `reference`
 * ("沪府办规〔2025〕20号 (四)") and its `from`, when not given, is the plan's first day. A fact's `max`
 * names a bound of facts/bounds.ts. The top-level `shared` map only holds anchors.
 */

/** Each measure file: its YAML, beside it its generated module, and the name that module exports. */
export const MEASURE_FILES = [
  { yaml: 'measures/structure-upgrade.yaml', exportName: 'structureUpgradeMeasures' },
  { yaml: 'measures/innovation.yaml', exportName: 'innovationMeasures' },
  { yaml: 'measures/quality-efficiency.yaml', exportName: 'qualityEfficiencyMeasures' },
  { yaml: 'measures/resources.yaml', exportName: 'resourceMeasures' },
] as const

export const FACTS_FILE = 'facts/definitions.yaml'

/** `measures/innovation.yaml` → `measures/innovation.generated.ts` (paths below src/). */
export const generatedPath = (yamlPath: string): string => yamlPath.replace(/\.yaml$/, '.generated.ts')

type Source = Record<string, unknown>

function readYaml(text: string, path: string): Source {
  const doc = parse(text, { uniqueKeys: true, strict: true, prettyErrors: true }) as unknown
  if (!isRecord(doc)) throw new Error(`${path}: not a map at the top`)
  return doc
}

function isRecord(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function only(source: Source, allowed: readonly string[], where: string): void {
  const extra = Object.keys(source).filter((key) => !allowed.includes(key))
  if (extra.length) throw new Error(`${where}: unknown key ${extra.join(', ')}`)
}

function clauseOf(source: Source, where: string): string {
  const clause = source.clause
  if (typeof clause !== 'string' || !/^\([一二三四五六七八九十]+\)$/.test(clause)) throw new Error(`${where}: clause must be like (四), not ${JSON.stringify(clause)}`)
  return clause
}

/** A parameter version as written (`{ from?, value, clause }`) → as a measure holds it. */
function paramVersion(source: unknown, where: string): unknown {
  if (!isRecord(source)) throw new Error(`${where}: a version is a map`)
  only(source, ['from', 'value', 'clause'], where)
  if (!('value' in source)) throw new Error(`${where}: no value`)
  return { from: source.from ?? PLAN.period.from, value: source.value, reference: `${PLAN.document} ${clauseOf(source, where)}` }
}

/** A measure as written in YAML → the object the package exports (in the keys' order, `period` after `summary`). */
export function measureFromSource(source: unknown, where = 'measure'): unknown {
  if (!isRecord(source)) throw new Error(`${where}: a measure is a map`)
  where = `${where} ${String(source.id)}`
  if ('reference' in source) throw new Error(`${where}: give its clause, not a reference`)
  const out: Source = {}
  for (const [key, value] of Object.entries(source)) {
    if (key === 'clause') out.reference = { document: PLAN.document, clause: clauseOf(source, where) }
    else if (key === 'params') {
      if (!isRecord(value)) throw new Error(`${where}: params is a map`)
      out.params = Object.fromEntries(
        Object.entries(value).map(([name, versions]) => {
          if (!Array.isArray(versions)) throw new Error(`${where}: params.${name} is a list of versions`)
          return [name, versions.map((v, i) => paramVersion(v, `${where}: params.${name}[${i}]`))]
        }),
      )
    } else out[key] = value
    if (key === 'summary' && !('period' in source)) out.period = { from: PLAN.period.from, to: PLAN.period.to }
  }
  if (!('reference' in out)) throw new Error(`${where}: no clause`)
  return out
}

export function measuresFromYaml(text: string, path: string): unknown[] {
  const doc = readYaml(text, path)
  only(doc, ['shared', 'measures'], path)
  if (!Array.isArray(doc.measures)) throw new Error(`${path}: measures is a list`)
  return doc.measures.map((m, i) => measureFromSource(m, `${path}: measures[${i}]`))
}

export function factsFromYaml(text: string, path = FACTS_FILE): FactDefinition[] {
  const doc = readYaml(text, path)
  only(doc, ['facts'], path)
  if (!Array.isArray(doc.facts)) throw new Error(`${path}: facts is a list`)
  return doc.facts.map((fact, i) => {
    if (!isRecord(fact)) throw new Error(`${path}: facts[${i}] is a map`)
    if (!('max' in fact)) return fact as unknown as FactDefinition
    const bound = (bounds as Record<string, unknown>)[String(fact.max)]
    if (typeof bound !== 'number') throw new Error(`${path}: facts[${i}] ${String(fact.name)}: max ${JSON.stringify(fact.max)} is not a bound of facts/bounds.ts`)
    return { ...fact, max: bound } as unknown as FactDefinition
  })
}

/** The YAML's first comment line, the module's doc comment. */
function title(text: string): string {
  return /^# (.*)$/m.exec(text)?.[1] ?? ''
}

function banner(path: string): string[] {
  return [
    `// Generated from ${path.split('/').pop()} by scripts/render-catalogue.ts: do not edit. Change the YAML, then`,
    '// `pnpm --filter @servicepack/policy-rules generate` writes this again; a spec fails while it is stale.',
  ]
}

export function renderMeasures(text: string, path: string, exportName: string): string {
  const list: Measure[] = measuresFromYaml(text, path) as Measure[]
  return [...banner(path), "import type { Measure } from '../types.js'", '', `/** ${title(text)} */`, `export const ${exportName}: Measure[] = ${JSON.stringify(list, null, 2)}`, ''].join('\n')
}

export function renderFacts(text: string, path = FACTS_FILE): string {
  const defs = factsFromYaml(text, path)
  const used = [...new Set(defs.flatMap((d) => (d.max === undefined ? [] : [boundName(d.max)])))].sort()
  const body = JSON.stringify(defs, (key, value: unknown) => (key === 'max' && typeof value === 'number' ? `@@${boundName(value)}@@` : value), 2).replace(/"@@(\w+)@@"/g, '$1')
  return [
    ...banner(path),
    "import type { FactDefinition } from '../types.js'",
    `import { ${used.join(', ')} } from './bounds.js'`,
    '',
    '/**',
    ` * ${title(text)}`,
    ' * Order matters: it is the order of the profile form\'s fields and of `readFacts`.',
    ' */',
    `export const factDefinitions: readonly FactDefinition[] = ${body}`,
    '',
  ].join('\n')
}
