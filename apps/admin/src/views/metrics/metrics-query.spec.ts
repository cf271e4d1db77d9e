import { describe, expect, it } from 'vitest'
import { drillQuery, metricsFromQuery, presetRange, queryOfMetrics } from './metrics-query'

const today = '2026-11-29'

describe('dashboard query', () => {
  it.each([
    ['thisMonth', '2026-11-01', '2026-11-29'],
    ['lastMonth', '2026-10-01', '2026-10-31'],
    ['last3', '2026-09-01', '2026-11-29'],
    ['last6', '2026-06-01', '2026-11-29'],
    ['thisYear', '2026-01-01', '2026-11-29'],
  ] as const)('%s runs %s to %s', (preset, from, to) => {
    expect(presetRange(preset, today)).toEqual({ from, to })
  })

  it('crosses a year back', () => {
    expect(presetRange('last6', '2027-02-10')).toEqual({ from: '2026-09-01', to: '2027-02-10' })
    expect(presetRange('lastMonth', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })

  it('reads the URL: a preset, a custom period, filters; anything malformed falls back', () => {
    expect(metricsFromQuery({}, today)).toEqual({ preset: 'last6', from: '2026-06-01', to: '2026-11-29', category: '', district: '' })
    expect(metricsFromQuery({ period: 'lastMonth', category: 'land', district: 'pudong' }, today)).toEqual({ preset: 'lastMonth', from: '2026-10-01', to: '2026-10-31', category: 'land', district: 'pudong' })
    expect(metricsFromQuery({ from: '2026-03-05', to: '2026-04-20' }, today)).toMatchObject({ preset: 'custom', from: '2026-03-05', to: '2026-04-20' })
    for (const bad of [{ from: '2026-04-20', to: '2026-03-05' }, { from: '2020-01-01', to: '2026-01-01' }, { from: '2026-02-30', to: '2026-03-01' }, { period: 'forever', category: 'nope' }] as Record<string, string>[]) {
      expect(metricsFromQuery(bad, today)).toEqual({ preset: 'last6', from: '2026-06-01', to: '2026-11-29', category: '', district: '' })
    }
  })

  it('writes only what differs from the default, and reads back what it wrote', () => {
    const f = metricsFromQuery({ from: '2026-03-05', to: '2026-04-20', category: 'rnd' }, today)
    expect(queryOfMetrics(f)).toEqual({ from: '2026-03-05', to: '2026-04-20', category: 'rnd' })
    expect(queryOfMetrics(metricsFromQuery({}, today))).toEqual({})
    expect(queryOfMetrics(metricsFromQuery({ period: 'thisYear' }, today))).toEqual({ period: 'thisYear' })
  })

  describe('drill-down to the inbox', () => {
    const f = metricsFromQuery({ category: 'land' }, today)
    it.each([
      ['a bureau’s overdue count: its dispatches that went past a deadline', 'overdue', { groupBy: 'bureau', key: 'planning', role: 'lead' }, { category: 'land', lead: 'planning', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-29', everOverdue: 'true' }],
      ['a bureau’s satisfaction: its appeals rated in the period', 'satisfactionRate', { groupBy: 'bureau', key: 'planning' }, { category: 'land', lead: 'planning', ratedFrom: '2026-06-01', ratedTo: '2026-11-29' }],
      ['reopened: rated in the period and reopened', 'reopened', {}, { category: 'land', ratedFrom: '2026-06-01', ratedTo: '2026-11-29', reopened: 'true' }],
      ['an assisting bureau: lead or assisting', 'dispatched', { groupBy: 'bureau', key: 'sheitc', role: 'assisting' }, { category: 'land', bureau: 'sheitc', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-29' }],
      ['a category row replaces the filter', 'dispatched', { groupBy: 'category', key: 'rnd' }, { category: 'rnd', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-29' }],
      ['a district row', 'responseRate', { groupBy: 'district', key: 'minhang' }, { category: 'land', district: 'minhang', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-29' }],
      ['a month: the period clipped to it', 'dispatched', { groupBy: 'month', key: '2026-11' }, { category: 'land', dispatchedFrom: '2026-11-01', dispatchedTo: '2026-11-29' }],
      ['a whole month inside the period', 'overdue', { groupBy: 'month', key: '2026-07' }, { category: 'land', dispatchedFrom: '2026-07-01', dispatchedTo: '2026-07-31', everOverdue: 'true' }],
      ['a bureau officer’s own headline figure', 'overdue', { bureau: 'planning' }, { category: 'land', lead: 'planning', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-29', everOverdue: 'true' }],
    ] as const)('%s', (_, figure, scope, expected) => {
      expect(drillQuery(figure, scope, f)).toEqual(expected)
    })
  })
})
