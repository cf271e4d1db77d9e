import { catalogues, shanghaiDateTimeOf } from '@servicepack/policy-rules'
import type { ExportTable } from '../common/table-files.js'
import type { EnterpriseSummaryDto } from './enterprise.dto.js'

export const ENTERPRISE_EXPORT_HEADER = ['统一社会信用代码', '企业名称', '重点企业', '行业', '所在区', '年产值(元)', '服务管家', '更新时间']

const name = (list: readonly { code: string; zh: string }[], code: string | null): string => (code === null ? '' : (list.find((i) => i.code === code)?.zh ?? code))

/** The 服务管家 cell: the account's name, or 未分配 (with a legacy name not linked to an account). */
export function stewardCell(e: Pick<EnterpriseSummaryDto, 'stewardName' | 'stewardLegacyName'>): string {
  if (e.stewardName) return e.stewardName
  return e.stewardLegacyName ? `未分配（原服务管家（未关联账号）：${e.stewardLegacyName}）` : '未分配'
}

/**
 * Enterprises, in the list's order, as a table with Chinese headers and names (pure): catalogue
 * names, the annual output as a number, times as the apps show them (Shanghai wall-clock, minutes).
 * The file is named by today's Shanghai date, like the appeals' export.
 */
export function enterpriseExportTable(rows: readonly EnterpriseSummaryDto[], today: string): ExportTable {
  return {
    title: null,
    header: ENTERPRISE_EXPORT_HEADER,
    rows: rows.map((e) => [
      e.uscc,
      e.name,
      e.isKey ? '是' : '否',
      name(catalogues.industries, e.industry),
      name(catalogues.districts, e.district),
      e.annualOutputValue,
      stewardCell(e),
      shanghaiDateTimeOf(e.updatedAt),
    ]),
    fileName: `企业-${today}`,
    sheetName: '企业',
    widths: [22, 36, 10, 16, 12, 16, 24, 18],
  }
}
