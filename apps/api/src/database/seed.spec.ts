import { describe, expect, it } from 'vitest'
import { usccProblem } from '../enterprises/uscc.js'
import { demoEnterprises } from './seed.js'
import { validateFacts } from '@servicepack/policy-rules'

describe('demo data', () => {
  it.each(demoEnterprises.map((e) => [e.name, e] as const))('%s has a valid USCC and well-typed facts', (_, e) => {
    expect(usccProblem(e.uscc)).toBeNull()
    expect(validateFacts(e.facts)).toEqual({ ok: true })
  })
})
