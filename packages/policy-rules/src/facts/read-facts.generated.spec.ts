import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderReadFacts } from '../../scripts/render-read-facts.js'
import type { FactDefinition } from '../types.js'
import { factDefinitions } from './definitions.generated.js'

describe('read-facts.generated.ts', () => {
  it('is what scripts/render-read-facts.ts renders from factDefinitions (else: pnpm --filter @servicepack/policy-rules generate)', () => {
    expect(readFileSync(new URL('./read-facts.generated.ts', import.meta.url), 'utf8')).toBe(renderReadFacts(factDefinitions))
  })

  it('would change with the definitions: a fact moved or added is a stale file', () => {
    const [first, ...rest] = factDefinitions as [FactDefinition, ...FactDefinition[]]
    expect(renderReadFacts([...rest, first])).not.toBe(renderReadFacts(factDefinitions))
    const added: FactDefinition = { ...first, name: 'industry', catalogue: 'industries' }
    expect(renderReadFacts([...factDefinitions, added])).toContain('positions[28] = codeAt(28, v, INDUSTRIES)')
  })

  it('refuses a number fact whose bound is not one of bounds.ts', () => {
    const odd = factDefinitions.find((d) => d.type === 'yuan')!
    expect(() => renderReadFacts([{ ...odd, max: 42 }])).toThrow('no bound in bounds.ts is 42')
  })
})
