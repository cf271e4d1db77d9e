import { shanghaiDateOf } from '@servicepack/policy-rules'
import { toCsv } from '../common/csv.js'
import { percent } from '../common/table-files.js'
import { RATE_KEYS, type RateKey } from './open-data-rates.js'
import type { OpenDataMonthDto, OpenDataRateDto } from './open-data.dto.js'

const NAMES: Record<RateKey, [string, string, string]> = {
  responseRate: ['响应率', '按时签收数', '派单数'],
  resolutionRate: ['解决率', '评价已解决数', '评价数'],
  satisfactionRate: ['满意率', '满意及基本满意数', '评价数'],
  onTimeAnswerRate: ['按期答复率', '按期答复数', '答复数'],
}

/** Suppressed cells are written "—" (a denominator under the threshold could single out an enterprise). */
const SUPPRESSED = '—'

export const CSV_HEADER = ['月份', '排名', '排名变化', '牵头部门', '部门代码', ...RATE_KEYS.flatMap((k) => [NAMES[k][0], `${NAMES[k][0]}分子（${NAMES[k][1]}）`, `${NAMES[k][0]}分母（${NAMES[k][2]}）`]), '版本', '口径版本', '更正日期', '更正说明']

const cells = (r: OpenDataRateDto) => (r.suppressed ? [SUPPRESSED, SUPPRESSED, r.denominator] : [percent(r.rate), r.numerator, r.denominator])

/**
 * A published month as CSV (UTF-8 with BOM, Chinese headers; the common writer neutralises formulas).
 * A corrected month says so on every row: the correction's date (Asia/Shanghai) and its note.
 */
export function openDataCsv(m: OpenDataMonthDto): Buffer {
  const change = (n: number | null) => (n === null ? '' : n > 0 ? `↑${n}` : n < 0 ? `↓${-n}` : '0')
  const version = [m.version, m.methodVersion, m.correctedAt ? shanghaiDateOf(new Date(m.correctedAt)) : '', m.correctedAt ? (m.note ?? '') : '']
  const rows = m.rows.map((r) => [m.month, r.rank ?? '', change(r.rankChange), r.bureauName, r.bureau, ...RATE_KEYS.flatMap((k) => cells(r[k])), ...version])
  rows.push([m.month, '', '', '全市', 'city', ...RATE_KEYS.flatMap((k) => cells(m.city[k])), ...version])
  return Buffer.from(toCsv(CSV_HEADER, rows), 'utf8')
}
