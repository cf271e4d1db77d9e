import ExcelJS from 'exceljs'
import { toCsv } from '../common/csv.js'
import { csvRows, type ExportTable } from './metrics-export.js'

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

export function csvFile(table: ExportTable): Buffer {
  return Buffer.from(toCsv(table.header, csvRows(table)), 'utf8')
}

/** An XLSX workbook: the table (rates as numbers formatted as percentages) and a sheet of definitions. */
export async function xlsxFile(table: ExportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = '企业服务包门户'
  const sheet = book.addWorksheet('三率统计', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.addRow([table.title]).font = { bold: true }
  const head = sheet.addRow(table.header)
  head.font = { bold: true }
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } }))
  for (const r of table.rows) {
    const row = sheet.addRow(r.map((c) => (c !== null && typeof c === 'object' ? c.rate : c)))
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = '0.0%'
    })
    if (r[0] === '合计' || r[0] === '全市') row.font = { bold: true }
  }
  sheet.columns.forEach((col, i) => (col.width = i === 0 ? 22 : Math.max(10, (table.header[i]?.length ?? 4) * 2 + 2)))
  const defs = book.addWorksheet('口径说明')
  defs.addRow(['指标', '口径']).font = { bold: true }
  for (const d of DEFINITIONS) defs.addRow(d)
  defs.getColumn(1).width = 16
  defs.getColumn(2).width = 70
  return Buffer.from(await book.xlsx.writeBuffer())
}
