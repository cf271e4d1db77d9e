import type { FactDefinition } from '../src/types.js'
import * as bounds from '../src/facts/bounds.js'

/**
 * The source of `src/facts/read-facts.generated.ts`: `readFacts` written out as one straight run per fact
 * of `factDefinitions`, in their order. It runs once per evaluation, so it is unrolled (monomorphic
 * property reads, no allocation): with a helper call per number fact, 22 facts exceed V8's inlining
 * budget and the read took 2–3 times as long. Generated rather than written by hand, so that it cannot
 * drift from the definitions: `pnpm --filter @servicepack/policy-rules generate` writes it, and a spec
 * fails while the file is not what this renders.
 */
/** The name in facts/bounds.ts of a number fact's bound (`MAX_YUAN`): what the generated modules import. */
export function boundName(max: number | undefined): string {
  const name = Object.entries(bounds).find(([, value]) => value === max)?.[0]
  if (!name) throw new Error(`no bound in bounds.ts is ${max}`)
  return name
}

export function renderReadFacts(defs: readonly FactDefinition[]): string {
  const codeConst = (catalogue: string) => catalogue.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()
  const usedBounds = new Set<string>()
  const usedCatalogues = new Set<string>()
  const body = defs.map((d, i) => {
    const read = `facts.${d.name}`
    switch (d.type) {
      case 'boolean':
        return `  positions[${i}] = yesNo(out, ${i}, ${read})`
      case 'code': {
        if (!d.catalogue) throw new Error(`${d.name}: a code fact without a catalogue`)
        usedCatalogues.add(d.catalogue)
        return [
          `  v = ${read}`,
          `  if (v == null) {`,
          `    out[${i}] = undefined`,
          `    positions[${i}] = 0`,
          `  } else {`,
          `    positions[${i}] = codeAt(${i}, v, ${codeConst(d.catalogue)})`,
          `    out[${i}] = v`,
          `  }`,
        ].join('\n')
      }
      default: {
        // yuan and count: whole numbers; tonnes: any finite number; NaN fails every comparison
        const bound = boundName(d.max)
        usedBounds.add(bound)
        const whole = d.type === 'tonnes' ? '' : ' && Number.isInteger(v)'
        return [
          `  v = ${read}`,
          `  if (typeof v === 'number' && v >= 0 && v <= ${bound}${whole}) out[${i}] = v`,
          `  else if (v == null) out[${i}] = undefined`,
          `  else fail(${i}, v)`,
        ].join('\n')
      }
    }
  })
  const catalogueConsts = [...usedCatalogues].map((c) => `const ${codeConst(c)} = CODE_POSITIONS.${c}`)
  return [
    '// Generated from factDefinitions (facts/definitions.yaml) by scripts/render-read-facts.ts: do not edit.',
    '// `pnpm --filter @servicepack/policy-rules generate` writes it again; a spec fails while it is stale.',
    "import type { Facts } from '../types.js'",
    `import { ${[...usedBounds].sort().join(', ')} } from './bounds.js'`,
    "import { CODE_POSITIONS, codeAt, fail, yesNo } from './read-helpers.js'",
    "import { FactTypeError } from './validate.js'",
    '',
    ...catalogueConsts,
    '',
    '/**',
    ' * Read every declared fact into `out` (index = position in `factDefinitions`; absent and null',
    ' * become undefined) and check its type and bound; throws FactTypeError naming the first wrong',
    ' * field. For the facts with a finite domain, `positions` receives the position of the value:',
    ' * 0 unknown, yes/no 1 false / 2 true, codes their 1-based catalogue position (other entries are',
    ' * left alone).',
    ' */',
    'export function readFacts(facts: Facts, out: unknown[], positions: number[]): void {',
    "  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {",
    "    throw new FactTypeError('', 'facts must be an object')",
    '  }',
    '  let v: unknown',
    ...body,
    '}',
    '',
  ].join('\n')
}
