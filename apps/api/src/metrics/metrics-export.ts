import { catalogues } from '@servicepack/policy-rules'
import type { GroupBy, MetricsDto, RatesDto } from './metrics.dto.js'

/** One cell: text, a count, or a rate (0–1; a CSV writes it as a percentage, XLSX formats it). */
export type Cell = string | number | { rate: number | null } | null

export interface ExportTable {
  title: string
  header: string[]
  rows: Cell[][]
  fileName: string
}

const KEY_HEADER: Record<GroupBy, string> = { bureau: '责任单位', category: '诉求类别', district: '区', month: '月份' }
const GROUP_NAME: Record<GroupBy, string> = { bureau: '责任单位', category: '诉求类别', district: '区', month: '月度' }

/** The Chinese name of a group key (a code, or YYYY-MM). */
export function keyName(groupBy: GroupBy, key: string): string {
  const list = groupBy === 'bureau' ? catalogues.bureaus : groupBy === 'category' ? catalogues.appealCategories : groupBy === 'district' ? catalogues.districts : null
  if (!list) return key
  if (key === '' && groupBy === 'district') return '未填写'
  return list.find((item) => item.code === key)?.zh ?? key
}

/**
 * A metrics answer as the table the dashboard shows, with Chinese headers (pure): the groups, then
 * 合计 (the scope's totals) and, for a bureau officer, 全市 (the city, for comparison).
 */
export function exportTable(m: MetricsDto): ExportTable {
  const lead = m.role === 'lead'
  const header = lead
    ? [KEY_HEADER[m.groupBy], '派单数', '响应率', '解决率', '满意率', '按时答复率', '超期数', '重办数', '评价数', '答复用时中位数（工作日）']
    : [KEY_HEADER[m.groupBy], '协办派单数', '协办意见数']
  const cells = (r: RatesDto): Cell[] =>
    lead
      ? [r.dispatched, { rate: r.responseRate }, { rate: r.resolutionRate }, { rate: r.satisfactionRate }, { rate: r.onTimeAnswerRate }, r.overdue, r.reopened, r.rated, r.medianAnswerDays]
      : [r.dispatched, r.opinions]
  const rows: Cell[][] = [...m.groups.map((g) => [keyName(m.groupBy, g.key), ...cells(g)]), ['合计', ...cells(m.totals)]]
  if (m.scopeBureau) rows.push(['全市', ...cells(m.city)])
  const scope = m.scopeBureau ? `${keyName('bureau', m.scopeBureau)}-` : ''
  const title = `三率统计-${scope}按${GROUP_NAME[m.groupBy]}-${lead ? '主办' : '协办'}-${m.from}至${m.to}`
  return { title, header, rows, fileName: title }
}

/** A rate as a CSV writes it: `87.5%`, or empty when there was nothing to divide by. */
export function percent(rate: number | null): string {
  return rate === null ? '' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

export function csvRows(table: ExportTable): (string | number | null)[][] {
  return table.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? percent(c.rate) : c)))
}
