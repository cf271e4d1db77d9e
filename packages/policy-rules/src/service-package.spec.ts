import { describe, expect, it } from 'vitest'
import { sortForPackage, totalEligibleAmount } from './index.js'
import type { AmountRange, Evaluation, Status } from './types.js'

const ev = (measureId: string, status: Status, amount: AmountRange | null, amountPerPerson: AmountRange | null = null): Evaluation => ({
  measureId,
  status,
  amount,
  amountPerPerson,
  missing: [],
  reasons: [],
  reasonsEn: [],
  trace: [],
  reference: { document: 'd', clause: 'c' },
  bureaus: [],
})

describe('sortForPackage', () => {
  const input = [
    ev('ineligible-a', 'ineligible', null),
    ev('unknown-with-amount', 'unknown', { min: 0, max: 99_000_000 }),
    ev('eligible-none-a', 'eligible', null),
    ev('eligible-small', 'eligible', { min: 200_000, max: 200_000 }),
    ev('unknown-b', 'unknown', null),
    ev('eligible-big', 'eligible', { min: 0, max: 20_000_000 }),
    ev('eligible-none-b', 'eligible', null),
    ev('eligible-big-higher-min', 'eligible', { min: 5_000_000, max: 20_000_000 }),
    ev('eligible-zero', 'eligible', { min: 0, max: 0 }),
  ]

  it('puts eligible with amount (max desc, then min desc) first, then eligible without, unknown, ineligible', () => {
    expect(sortForPackage(input).map((e) => e.measureId)).toEqual([
      'eligible-big-higher-min',
      'eligible-big',
      'eligible-small',
      'eligible-zero',
      'eligible-none-a',
      'eligible-none-b',
      'unknown-with-amount',
      'unknown-b',
      'ineligible-a',
    ])
  })

  it('never ranks money for selected people or announced measures by amount', () => {
    const list = [
      ev('announced', 'announced', null),
      ev('talent', 'eligible', null, { min: 0, max: 300_000 }),
      ev('unknown', 'unknown', null),
      ev('small', 'eligible', { min: 1, max: 1 }),
      ev('ineligible', 'ineligible', null),
    ]
    expect(sortForPackage(list).map((e) => e.measureId)).toEqual(['small', 'talent', 'unknown', 'announced', 'ineligible'])
  })

  it('does not modify its input', () => {
    const copy = [...input]
    sortForPackage(input)
    expect(input).toEqual(copy)
  })

  it('handles an empty list', () => expect(sortForPackage([])).toEqual([]))
})

describe('totalEligibleAmount', () => {
  it.each([
    ['empty', [], { min: 0, max: 0 }],
    ['only eligible amounts count', [ev('a', 'eligible', { min: 1, max: 10 }), ev('b', 'unknown', { min: 5, max: 5 }), ev('c', 'eligible', null), ev('d', 'eligible', { min: 2, max: 3 })], { min: 3, max: 13 }],
    ['ineligible ignored', [ev('a', 'ineligible', null)], { min: 0, max: 0 }],
    ['money for selected people never counted', [ev('talent', 'eligible', null, { min: 0, max: 300_000 }), ev('b', 'eligible', { min: 5, max: 7 })], { min: 5, max: 7 }],
    ['announced (rules pending) never counted', [ev('rd', 'announced', { min: 9, max: 9 }), ev('b', 'eligible', { min: 5, max: 7 })], { min: 5, max: 7 }],
  ] as const)('%s', (_name, list, total) => {
    expect(totalEligibleAmount(list as unknown as Evaluation[])).toEqual(total)
  })
})
