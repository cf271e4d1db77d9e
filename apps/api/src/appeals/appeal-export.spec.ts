import { describe, expect, it } from 'vitest'
import { APPEAL_EXPORT_HEADER, appealExportTable } from './appeal-export.js'
import type { Appeal } from './appeal.entity.js'

const appeal = (over: Partial<Appeal>): Appeal =>
  ({
    number: 'SQ-2026-000001', title: '用地指标', enterpriseUscc: '91310115MA1K4C7L8X', categoryCode: 'land', status: 'submitted', leadBureau: null, assistingBureaus: [],
    createdAt: new Date('2026-09-29T02:00:00Z'), dispatchedAt: null, acceptDueAt: null, answerDueAt: null, rateDueAt: null, reopenCount: 0, rating: null, ...over,
  }) as Appeal

describe('appeal export table', () => {
  const ctx = { now: new Date('2026-10-09T02:00:00Z'), today: '2026-10-09', dueSoonUntil: new Date('2026-10-09T16:00:00Z') }

  it('writes Chinese names, Shanghai times, deadlines as their working day (never midnight of the next day), 是否超期 as the list shows it, and names the file by the date', () => {
    const table = appealExportTable(
      [
        appeal({}),
        appeal({
          number: 'SQ-2026-000002', status: 'in_progress', leadBureau: 'planning', assistingBureaus: ['stcsm', 'sheitc'], dispatchedAt: new Date('2026-09-29T03:00:00Z'),
          acceptDueAt: new Date('2026-09-30T16:00:00Z'), answerDueAt: new Date('2026-10-08T16:00:00Z'), reopenCount: 1, rating: 'unsatisfied',
        }),
      ],
      new Map([['91310115MA1K4C7L8X', '上海芯联微电子有限公司']]),
      ctx,
    )
    expect(table.header).toEqual(APPEAL_EXPORT_HEADER)
    expect(table.fileName).toBe('诉求-2026-10-09')
    expect(table.title).toBeNull()
    expect(table.rows[0]).toEqual(['SQ-2026-000001', '用地指标', '上海芯联微电子有限公司', '91310115MA1K4C7L8X', '用地', '待派单', '', '', '2026-09-29 10:00', '', '', '', '否', 0, ''])
    expect(table.rows[1]!.slice(5)).toEqual(['办理中', '市规划资源局', '市科委、市经济信息化委', '2026-09-29 10:00', '2026-09-29 11:00', '2026-09-30（周三）前', '2026-10-08（周四）前', '是', 1, '不满意'])
  })

  it('says 否 for an appeal past its deadline that no longer runs (answered, closed)', () => {
    const table = appealExportTable([appeal({ status: 'closed', answerDueAt: new Date('2026-10-01T00:00:00Z'), rating: 'basically_satisfied' })], new Map(), ctx)
    expect(table.rows[0]!.slice(-3)).toEqual(['否', 0, '基本满意'])
    expect(table.rows[0]![2]).toBe('')
  })
})
