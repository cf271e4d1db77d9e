import { catalogues } from '@servicepack/policy-rules'
import type { Cell, ExportTable } from '../common/table-files.js'
import type { GroupBy, MetricsDto, RatesDto } from './metrics.dto.js'

/** The definitions written beside the figures (the same words as on the dashboard). */
export const DEFINITIONS: [string, string][] = [
  ['响应率', '在签收时限内签收的派单数 ÷ 派单数（按派单日期统计）'],
  ['解决率', '评价为“已解决”的数量 ÷ 评价数（按评价日期统计）'],
  ['满意率', '（满意 + 基本满意）÷ 评价数（按评价日期统计）'],
  ['按时答复率', '在答复时限内答复的数量 ÷ 答复数（按派单日期统计）'],
  ['超期数', '超过签收或答复时限的派单数（按派单日期统计）'],
  ['重办数', '“不满意”评价数，每次评价使诉求重新办理（按评价日期统计）'],
  ['答复用时中位数', '自派单至答复的工作日数的中位数'],
  ['—', '无可计算的数据（分母为 0）'],
]

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
  return {
    title,
    header,
    rows,
    fileName: title,
    sheetName: '三率统计',
    widths: [22],
    boldRow: (r) => r[0] === '合计' || r[0] === '全市',
    notes: { sheetName: '口径说明', header: ['指标', '口径'], rows: DEFINITIONS },
  }
}
