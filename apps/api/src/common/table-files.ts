import ExcelJS from 'exceljs'
import { toCsv } from './csv.js'
import { ApiException } from './error-shape.js'

/**
 * Every CSV/XLSX download of the API is written here (appeals, metrics, enterprises, a notice's
 * registrations), one way: `GET …/export?format=csv|xlsx`, Chinese headers, CSV in UTF-8 with a BOM,
 * the formula-injection rule of csv.ts (`neutraliseFormula`: CSV only — XLSX cells are typed and
 * text there is never a formula), and one cap: more than EXPORT_MAX_ROWS rows is refused with 400
 * EXPORT_TOO_LARGE, never cut short. send-file.ts sends the file.
 */

/** The most rows one export writes; past it the export is refused (400 EXPORT_TOO_LARGE), never cut short. */
export const EXPORT_MAX_ROWS = 50_000

/** Refuses an export of more than EXPORT_MAX_ROWS rows (`count` is what matched; `what` names the rows, e.g. "enterprises"). */
export function assertExportSize(count: number, what: string): void {
  if (count > EXPORT_MAX_ROWS) throw new ApiException(400, 'EXPORT_TOO_LARGE', `${count} ${what} match; an export has at most ${EXPORT_MAX_ROWS} rows: narrow the filters`)
}

/** The formats a table can be downloaded in. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** One cell: text, a count, or a rate (0–1; a CSV writes it as a percentage, XLSX formats it). */
export type Cell = string | number | { rate: number | null } | null

/** A table to download, with Chinese headers (built by a feature, written here). */
export interface ExportTable {
  /** A bold first row above the header (XLSX only); null: the header is the first row. */
  title: string | null
  header: string[]
  rows: Cell[][]
  /** Without the extension. */
  fileName: string
  /** The XLSX sheet's name. */
  sheetName: string
  /** XLSX column widths in characters; by default from the header's length. */
  widths?: number[]
  /** Rows written in bold in XLSX (totals). */
  boldRow?: (row: Cell[]) => boolean
  /** A second XLSX sheet of two columns (e.g. the definitions of the figures). */
  notes?: { sheetName: string; header: [string, string]; rows: [string, string][] }
}

/** A rate as a CSV writes it: `87.5%`, or empty when there was nothing to divide by. */
export function percent(rate: number | null): string {
  return rate === null ? '' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

export function csvRows(table: ExportTable): (string | number | null)[][] {
  return table.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? percent(c.rate) : c)))
}

export function csvFile(table: ExportTable): Buffer {
  return Buffer.from(toCsv(table.header, csvRows(table)), 'utf8')
}

/** An XLSX workbook: the table (rates as numbers formatted as percentages) and, if any, a sheet of notes. */
export async function xlsxFile(table: ExportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = '企业服务包门户'
  const sheet = book.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: table.title === null ? 1 : 2 }] })
  if (table.title !== null) sheet.addRow([table.title]).font = { bold: true }
  const head = sheet.addRow(table.header)
  head.font = { bold: true }
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } }))
  for (const r of table.rows) {
    const row = sheet.addRow(r.map((c) => (c !== null && typeof c === 'object' ? c.rate : c)))
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = '0.0%'
    })
    if (table.boldRow?.(r)) row.font = { bold: true }
  }
  sheet.columns.forEach((col, i) => (col.width = table.widths?.[i] ?? Math.max(10, (table.header[i]?.length ?? 4) * 2 + 2)))
  if (table.notes) {
    const notes = book.addWorksheet(table.notes.sheetName)
    notes.addRow(table.notes.header).font = { bold: true }
    for (const n of table.notes.rows) notes.addRow(n)
    notes.getColumn(1).width = 16
    notes.getColumn(2).width = 70
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
