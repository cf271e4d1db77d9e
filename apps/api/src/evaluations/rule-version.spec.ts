import { measures } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { canonicalJson, factsHashOf, RULE_VERSIONS, ruleVersionOf, stableHash } from './rule-version.js'

describe('rule versions and facts hashes', () => {
  it.each([
    ['key order does not matter', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }, true],
    ['array order does', [1, 2], [2, 1], false],
    ['an absent key and an undefined one are the same', { a: 1 }, { a: 1, b: undefined }, true],
    ['a changed number is another hash', { rate: 0.8 }, { rate: 1.3 }, false],
    ['a string is not the number it spells', { n: 1 }, { n: '1' }, false],
  ])('%s', (_name, x, y, same) => {
    expect(stableHash(x) === stableHash(y)).toBe(same)
  })

  it('writes canonical JSON', () => {
    expect(canonicalJson({ b: [1, { z: 0, a: null }], a: 'x' })).toBe('{"a":"x","b":[1,{"a":null,"z":0}]}')
  })

  it('gives every measure of the catalogue a 16-hex version, distinct from the others', () => {
    expect(RULE_VERSIONS.size).toBe(measures.length)
    for (const v of RULE_VERSIONS.values()) expect(v).toMatch(/^[0-9a-f]{16}$/)
    expect(new Set(RULE_VERSIONS.values()).size).toBe(measures.length)
  })

  it('changes when a reading changes (a param, a condition, a date) and not otherwise', () => {
    const m = measures.find((x) => x.conditions.length > 0)!
    const copy = structuredClone(m)
    expect(ruleVersionOf(copy)).toBe(ruleVersionOf(m))
    expect(ruleVersionOf({ ...copy, period: { ...copy.period, to: '2029-12-31' } })).not.toBe(ruleVersionOf(m))
    expect(ruleVersionOf({ ...copy, conditions: [] })).not.toBe(ruleVersionOf(m))
  })

  it('hashes facts by content', () => {
    expect(factsHashOf({ industry: 'ic', district: 'pudong' })).toBe(factsHashOf({ district: 'pudong', industry: 'ic' }))
    expect(factsHashOf({})).not.toBe(factsHashOf({ industry: 'ic' }))
  })
})
