import { describe, expect, it } from 'vitest'
import { competitionRanks, rankingScore } from './ranking.js'

describe('rankingScore: the mean of the rates that exist', () => {
  it.each<[(number | null | undefined)[], number | null]>([
    [[0.9, 0.8, 0.7, 0.6], 0.75],
    [[1, null, 0.5, undefined], 0.75],
    [[null, null], null],
    [[], null],
    [[0, 0], 0],
    [[Number.NaN, 0.5], 0.5],
  ])('%j → %j', (rates, expected) => {
    const score = rankingScore(rates)
    if (expected === null) expect(score).toBeNull()
    else expect(score).toBeCloseTo(expected)
  })
})

describe('competitionRanks: highest first, ties share a place, no score no rank', () => {
  it.each<[Record<string, number | null>, Record<string, number>]>([
    [{ a: 0.5, b: 0.9, c: 0.7 }, { b: 1, c: 2, a: 3 }],
    [{ a: 0.8, b: 0.8, c: 0.6 }, { a: 1, b: 1, c: 3 }],
    [{ a: 0.8, b: null, c: 0.9 }, { c: 1, a: 2 }],
    [{ a: 0.8, b: 0.8 + 1e-12 }, { a: 1, b: 1 }],
    [{}, {}],
  ])('%j → %j', (scores, expected) => {
    expect(Object.fromEntries(competitionRanks(new Map(Object.entries(scores))))).toEqual(expected)
  })
})
