import { describe, expect, it } from 'vitest'
import { actorName } from './actor-name.js'

describe('actorName', () => {
  it.each([
    ['晓东 陈', '陈晓东'],
    ['陈晓东', '陈晓东'],
    ['  立新 赵 ', '赵立新'],
    ['Jane Smith', 'Jane Smith'],
    ['', null],
    ['   ', null],
    [null, null],
    ['名'.repeat(250), '名'.repeat(200)],
  ])('%j → %j', (name, expected) => {
    expect(actorName({ name })).toBe(expected)
  })
})
