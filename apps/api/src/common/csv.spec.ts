import { describe, expect, it } from 'vitest'
import { toCsv } from './csv.js'

describe('toCsv', () => {
  it('quotes separators, quotes and line breaks, and starts with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', null]])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n')
  })

  it.each([['=1+1'], ['+SUM(A1)'], ['-2+3+cmd|calc!A0'], ['@cmd'], ['\tx'], ['+86 138 0013 8000 =A1'], ['-A1']])('neutralises the formula %s', (v) => {
    expect(toCsv(['v'], [[v]]).split('\r\n')[1]).toBe(`'${v}`)
  })

  it.each([['+86 138 0013 8000'], ['+86-21-5555-0000'], ['+86 (21) 5555 0000'], ['-2'], ['-1.5'], ['021-5555 0000'], ['张三']])('leaves %s as it was typed (a phone number or an amount cannot run)', (v) => {
    expect(toCsv(['v'], [[v]]).split('\r\n')[1]).toBe(v)
  })

  it('writes numbers and booleans as they are', () => {
    expect(toCsv(['n', 'b'], [[1200000000, true]]).split('\r\n')[1]).toBe('1200000000,true')
  })
})

describe('toCsv numbers', () => {
  it('leaves negative numbers alone', () => {
    expect(toCsv(['n'], [[-2]]).split('\r\n')[1]).toBe('-2')
  })
})
