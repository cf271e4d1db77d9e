import { describe, expect, it } from 'vitest'
import { isValidUscc, usccCheckCharacter, usccProblem } from './uscc.js'

describe('USCC (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43'], // the standard's worked example
    ['91110000600037341L'],
    ['914403001922038216'],
  ])('accepts %s', (code) => {
    expect(usccProblem(code)).toBeNull()
  })

  it.each([
    ['91310000MA1FL1234X', 'check-digit'],
    ['911100001000013205', 'check-digit'],
    ['9131000013220467X', 'length'],
    ['9131000013220467XYZ', 'length'],
    ['91310000I3220467XA', 'characters'],
    ['91310000132204670a', 'characters'],
  ])('%s is refused for %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem)
  })

  it('accepts exactly one check character for 17 given characters', () => {
    const first17 = '91310115MA1K4FTB1'
    const check = usccCheckCharacter(first17)!
    expect(isValidUscc(first17 + check)).toBe(true)
    const others = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('').filter((c) => c !== check)
    for (const c of others) expect(usccProblem(first17 + c)).toBe('check-digit')
  })

  it('computes the check character of a known code', () => {
    // 91350100M000100Y43: the check character of its first 17 is 3
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3')
  })
})
