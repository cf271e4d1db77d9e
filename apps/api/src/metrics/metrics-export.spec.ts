import { describe, expect, it } from 'vitest'
import { csvRows, percent } from '../common/table-files.js'
import { exportTable, keyName } from './metrics-export.js'
import type { MetricsDto, RatesDto } from './metrics.dto.js'

const rates = (dispatched: number, extra: Partial<RatesDto> = {}): RatesDto => ({
  dispatched, responseRate: 0.875, resolutionRate: null, satisfactionRate: 1, onTimeAnswerRate: 2 / 3, overdue: 1, reopened: 0, rated: 0, medianAnswerDays: 3, opinions: 2, ...extra,
})
const answer = (over: Partial<MetricsDto> = {}): MetricsDto => ({
  from: '2026-06-01', to: '2026-11-30', previousFrom: '2025-12-03', previousTo: '2026-05-31', groupBy: 'bureau', role: 'lead', scopeBureau: null,
  totals: rates(8), previous: rates(0), city: rates(8), groups: [{ key: 'planning', ...rates(5) }, { key: 'gov-pudong', ...rates(3) }], cityGroups: null, ...over,
})

describe('metrics export', () => {
  it('has Chinese headers and names, the totals after the groups, rates as percentages', () => {
    const table = exportTable(answer())
    expect(table.header).toEqual(['责任单位', '派单数', '响应率', '解决率', '满意率', '按时答复率', '超期数', '重办数', '评价数', '答复用时中位数（工作日）'])
    expect(csvRows(table)).toEqual([
      ['市规划资源局', 5, '87.5%', '', '100.0%', '66.7%', 1, 0, 0, 3],
      ['浦东新区人民政府', 3, '87.5%', '', '100.0%', '66.7%', 1, 0, 0, 3],
      ['合计', 8, '87.5%', '', '100.0%', '66.7%', 1, 0, 0, 3],
    ])
    expect(table.fileName).toBe('三率统计-按责任单位-主办-2026-06-01至2026-11-30')
  })

  it('adds the city for a bureau officer, and names the bureau in the file', () => {
    const table = exportTable(answer({ scopeBureau: 'planning', groupBy: 'month', groups: [{ key: '2026-06', ...rates(5) }], city: rates(40) }))
    expect(table.rows.map((r) => r[0])).toEqual(['2026-06', '合计', '全市'])
    expect(table.rows.at(-1)![1]).toBe(40)
    expect(table.fileName).toBe('三率统计-市规划资源局-按月度-主办-2026-06-01至2026-11-30')
  })

  it('shows the assisting role’s own figures', () => {
    const table = exportTable(answer({ role: 'assisting', groupBy: 'category', groups: [{ key: 'land', ...rates(4) }] }))
    expect(table.header).toEqual(['诉求类别', '协办派单数', '协办意见数'])
    expect(csvRows(table)[0]).toEqual(['用地', 4, 2])
  })

  it.each([
    ['district', '', '未填写'],
    ['district', 'minhang', '闵行区'],
    ['category', 'nope', 'nope'],
    ['month', '2026-07', '2026-07'],
  ] as const)('names %s %j as %s', (groupBy, key, name) => {
    expect(keyName(groupBy, key)).toBe(name)
  })

  it.each([[null, ''], [0, '0.0%'], [1, '100.0%'], [0.12345, '12.3%'], [0.9995, '100.0%']])('percent(%s) = %s', (rate, text) => {
    expect(percent(rate)).toBe(text)
  })
})
