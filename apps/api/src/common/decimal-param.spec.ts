import { describe, expect, it } from 'vitest'
import { decimalParamProblem } from './decimal-param.js'

describe('decimal path parameters', () => {
  it.each([
    ['2026', null],
    ['2000', null],
    ['2100', null],
    ['1999', 'OUT_OF_RANGE'],
    ['2101', 'OUT_OF_RANGE'],
    ['0', 'OUT_OF_RANGE'],
    ['0x7EA', 'FORMAT'],
    ['0X7ea', 'FORMAT'],
    ['2026.0', 'FORMAT'],
    ['2026.', 'FORMAT'],
    ['2e3', 'FORMAT'],
    ['2.026e3', 'FORMAT'],
    ['0b11111101010', 'FORMAT'],
    ['0o3752', 'FORMAT'],
    ['02026', 'FORMAT'],
    ['+2026', 'FORMAT'],
    ['-2026', 'FORMAT'],
    [' 2026', 'FORMAT'],
    ['2026 ', 'FORMAT'],
    ['2026\n', 'FORMAT'],
    ['２０２６', 'FORMAT'],
    ['Infinity', 'FORMAT'],
    ['NaN', 'FORMAT'],
    ['', 'FORMAT'],
    ['9'.repeat(400), 'FORMAT'],
    [2026, 'FORMAT'],
  ])('%j → %s', (value, code) => {
    expect(decimalParamProblem('year', value, 2000, 2100)?.code ?? null).toBe(code)
  })

  it('names the parameter', () => {
    expect(decimalParamProblem('year', '2e3', 2000, 2100)?.field).toBe('year')
  })
})
