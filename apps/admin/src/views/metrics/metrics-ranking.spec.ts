import { describe, expect, it } from 'vitest'
import type { MetricsGroup } from '../../api/metrics'
import { rankingOrder } from './metrics-ranking'

const group = (key: string, dispatched: number, rates: [number | null, number | null, number | null, number | null]): MetricsGroup => ({
  key, dispatched, responseRate: rates[0], resolutionRate: rates[1], satisfactionRate: rates[2], onTimeAnswerRate: rates[3], overdue: 0, reopened: 0, rated: 0, medianAnswerDays: null, opinions: 0,
})
const order = (groups: MetricsGroup[], role: 'lead' | 'assisting') => rankingOrder(groups, role).map((r) => `${r.rank ?? '—'} ${r.group.key}`)

describe('the 责任单位排名 order, one for the chart and the table', () => {
  it.each<[string, MetricsGroup[], 'lead' | 'assisting', string[]]>([
    ['lead: by the mean of the four rates, highest first', [group('a', 50, [0.5, 0.5, 0.5, 0.5]), group('b', 5, [0.9, 0.9, 0.9, 0.9]), group('c', 20, [0.7, 0.7, 0.7, 0.7])], 'lead', ['1 b', '2 c', '3 a']],
    ['lead: a missing rate does not count against the mean', [group('a', 9, [1, null, null, 0.5]), group('b', 9, [0.8, 0.8, 0.8, 0.8])], 'lead', ['1 b', '2 a']],
    ['lead: equal scores share a place, listed by key', [group('z', 1, [0.8, 0.8, 0.8, 0.8]), group('y', 2, [0.8, 0.8, 0.8, 0.8]), group('x', 3, [0.1, 0.1, 0.1, 0.1])], 'lead', ['1 y', '1 z', '3 x']],
    ['lead: no rate yet, no place, after the ranked, most dispatched first', [group('n1', 3, [null, null, null, null]), group('n2', 7, [null, null, null, null]), group('r', 1, [0.2, null, null, null])], 'lead', ['1 r', '— n2', '— n1']],
    ['assisting: by appeals dispatched, ties share a place', [group('a', 3, [null, null, null, null]), group('b', 8, [null, null, null, null]), group('c', 3, [null, null, null, null])], 'assisting', ['1 b', '2 a', '2 c']],
    ['nothing to rank', [], 'lead', []],
  ])('%s', (_, groups, role, expected) => {
    expect(order(groups, role)).toEqual(expected)
  })
})
