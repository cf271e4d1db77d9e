import { describe, expect, it } from 'vitest'
import { positional } from './named-params.js'

describe('positional: named parameters of a scope become $n', () => {
  const run = (sql: string, params: Record<string, unknown>, before: unknown[] = []) => {
    const values = [...before]
    const out = positional(sql, params, (value) => {
      values.push(value)
      return `$${values.length}`
    })
    return { out, values }
  }
  it.each<[string, string, Record<string, unknown>, unknown[], string, unknown[]]>([
    ['one parameter', 'e.uscc = :scopeUscc', { scopeUscc: 'U1' }, [], 'e.uscc = $1', ['U1']],
    ['used twice: two placeholders', 'a = :u OR b = :u', { u: 'U' }, [], 'a = $1 OR b = $2', ['U', 'U']],
    ['after earlier parameters', 'n.association = :a', { a: 'x' }, ['p'], 'n.association = $2', ['p', 'x']],
    ['a cast is not a parameter', "n.facts->>'k' = :v::text", { v: 1 }, [], "n.facts->>'k' = $1::text", [1]],
    ['no parameter', "n.status <> 'draft'", {}, [], "n.status <> 'draft'", []],
  ])('%s', (_, sql, params, before, expected, values) => {
    expect(run(sql, params, before)).toEqual({ out: expected, values })
  })

  it('refuses a parameter it has no value for', () => {
    expect(() => run('a = :missing', {})).toThrow(/:missing/)
  })
})
