import { describe, expect, it } from 'vitest'
import { checkText, normaliseLine, singleLineProblem, textProblem } from './text-rules.js'

describe('textProblem (everywhere)', () => {
  it.each([
    ['上海芯联微电子有限公司', null],
    ['line one\nline two\ttabbed\r\n', null],
    ['emoji 👩‍💻 and 😀', null], // paired surrogates and a zero-width joiner inside an emoji are fine in free text
    ['NUL\u0000', 'control'],
    ['bell\u0007', 'control'],
    ['DEL\u007f', 'control'],
    ['C1\u0085', 'control'],
    ['evil\u202Etxt.exe', 'control'],
    ['isolate\u2066x\u2069', 'control'],
    ['mark\u200F', 'control'],
    ['\ud800x', 'lone-surrogate'],
    ['x\udc00', 'lone-surrogate'],
  ])('%j → %s', (value, problem) => {
    expect(textProblem(value)).toBe(problem)
  })
})

describe('singleLineProblem (names, phones, search terms)', () => {
  it.each([
    ['王明远', null],
    ['a\nb', 'line-break'],
    ['a\rb', 'line-break'],
    ['a\tb', 'line-break'],
    ['zero\u200Bwidth', 'line-break'],
    ['joiner\u200D', 'line-break'],
    ['bom\uFEFF', 'line-break'],
    ['sep\u2028', 'line-break'],
    ['evil\u202E', 'control'],
    ['\ud800', 'lone-surrogate'],
  ])('%j → %s', (value, problem) => {
    expect(singleLineProblem(value)).toBe(problem)
  })
})

describe('normaliseLine', () => {
  it('trims and composes to NFC; leaves other values alone', () => {
    expect(normaliseLine('  Cafe\u0301 ')).toBe('Café')
    expect(normaliseLine(null)).toBe(null)
    expect(normaliseLine(3)).toBe(3)
  })
})

describe('checkText', () => {
  it('names every bad string and key by its path', () => {
    const { problems } = checkText({ name: 'ok', facts: { industry: 'x\u0000', ['k\ud800']: 1 }, list: ['fine', '\u202E'] }, '')
    expect(problems).toEqual([
      { field: 'facts.industry', problem: 'control' },
      { field: 'facts.k\\ud800', problem: 'lone-surrogate' },
      { field: 'list.1', problem: 'control' },
    ])
  })

  it('uses the root name for a bare value (a query or path parameter)', () => {
    expect(checkText('bad\u0000', 'uscc').problems).toEqual([{ field: 'uscc', problem: 'control' }])
  })

  it('returns the value with every string in NFC', () => {
    expect(checkText({ a: ['e\u0301'], b: { c: 'e\u0301' }, n: 1, z: null }, '').value).toEqual({ a: ['é'], b: { c: 'é' }, n: 1, z: null })
  })
})
