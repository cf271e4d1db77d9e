import { describe, expect, it } from 'vitest'
import { assertAttachmentKey, isAttachmentKey, newAttachmentKey } from './attachment-key.js'

describe('attachment keys', () => {
  it('are random, two hex digits then a UUID, and never repeat', () => {
    const keys = Array.from({ length: 200 }, newAttachmentKey)
    expect(new Set(keys).size).toBe(200)
    for (const key of keys) {
      expect(isAttachmentKey(key)).toBe(true)
      expect(key.slice(0, 2)).toBe(key.slice(3, 5))
    }
  })

  it.each([
    ['ab/abcdef01-2345-4678-9abc-def012345678', true],
    ['申报材料.pdf', false],
    ['../etc/passwd', false],
    ['/ab/abcdef01-2345-4678-9abc-def012345678', false],
    ['ab/abcdef01-2345-4678-9abc-def012345678/..', false],
    ['ab/../abcdef01-2345-4678-9abc-def0123456', false],
    ['AB/ABCDEF01-2345-4678-9ABC-DEF012345678', false],
    ['ab/abcdef01-2345-4678-9abc-def012345678\n', false],
    ['', false],
  ])('%j is a key: %s', (key, ok) => {
    expect(isAttachmentKey(key)).toBe(ok)
    if (ok) expect(assertAttachmentKey(key)).toBe(key)
    else expect(() => assertAttachmentKey(key)).toThrow('not an attachment key')
  })
})
