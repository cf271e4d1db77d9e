import { HttpException } from '@nestjs/common'
import { describe, expect, it } from 'vitest'
import { JSON_BODY_LIMITS, parseJsonBody } from './json-body.js'

function refusal(text: string): { status: number; code: string; message: string } | null {
  try {
    parseJsonBody(text)
    return null
  } catch (e) {
    const ex = e as HttpException & { code: string }
    return { status: ex.getStatus(), code: ex.code, message: ex.message }
  }
}

const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)

describe('parseJsonBody', () => {
  it('parses ordinary documents', () => {
    expect(parseJsonBody('{"facts":{"revenue":1},"list":[1,2,{"x":null}]}')).toEqual({ facts: { revenue: 1 }, list: [1, 2, { x: null }] })
    expect(parseJsonBody('{}')).toEqual({})
    expect(parseJsonBody(nested(JSON_BODY_LIMITS.maxDepth))).toBeTypeOf('object')
  })

  it.each([
    ['not JSON', '{"facts":', /not valid JSON/],
    ['empty', '   ', /empty/],
    ['null', 'null', /must be a JSON object/],
    ['an array', '[{}]', /must be a JSON object/],
    ['a string', '"x"', /must be a JSON object/],
    ['a number', '1', /must be a JSON object/],
    [`nested ${JSON_BODY_LIMITS.maxDepth + 1} deep`, nested(JSON_BODY_LIMITS.maxDepth + 1), /deeper than 32/],
    ['nested 5,000 deep', nested(5000), /deeper than 32/],
    ['arrays nested 5,000 deep', '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}', /deeper than 32/],
    ['50,000 keys', JSON.stringify({ facts: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])) }), /more than 10000 values/],
    ['a huge array', `{"a":[${'0,'.repeat(20_000)}0]}`, /more than 10000 values/],
    ['a __proto__ key', '{"facts":{"__proto__":{"admin":true}}}', /__proto__/],
    ['a constructor key at the top', '{"constructor":{"prototype":{"admin":true}}}', /constructor/],
    ['a constructor key inside', '{"facts":{"constructor":1}}', /constructor/],
    ['a prototype key', '{"facts":{"prototype":{"admin":true}}}', /prototype/],
    ['a prototype key in an array’s object', '{"a":[{"prototype":1}]}', /prototype/],
  ])('refuses %s with 400 MALFORMED_BODY', (_, text, message) => {
    const r = refusal(text)
    expect(r).toMatchObject({ status: 400, code: 'MALFORMED_BODY' })
    expect(r!.message).toMatch(message)
  })

  it('refuses a million-deep document without overflowing the stack', () => {
    expect(refusal('{"a":' + '['.repeat(1_000_000) + ']'.repeat(1_000_000) + '}')).toMatchObject({ status: 400, code: 'MALFORMED_BODY' })
  })
})
