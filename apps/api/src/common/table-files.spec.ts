import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { registrationExportTable } from '../notices/registration-export.js'
import { ApiException } from './error-shape.js'
import { assertExportSize, csvFile, EXPORT_MAX_ROWS, xlsxFile, type ExportTable } from './table-files.js'

const table: ExportTable = {
  title: null,
  header: ['联系人', '联系电话', '备注'],
  rows: [['张三', '+86 138 0013 8000', '=HYPERLINK("http://x","y")']],
  fileName: 'f',
  sheetName: 's',
}

describe('table-files: one cap, one formula rule for every export', () => {
  it.each([
    [EXPORT_MAX_ROWS, false],
    [EXPORT_MAX_ROWS + 1, true],
  ])('%i matching rows: refused with 400 EXPORT_TOO_LARGE? %s', (count, refused) => {
    const attempt = () => assertExportSize(count, 'enterprises')
    if (!refused) return expect(attempt).not.toThrow()
    expect(attempt).toThrow(ApiException)
    try {
      attempt()
    } catch (e) {
      expect((e as ApiException).getStatus()).toBe(400)
      expect(JSON.stringify((e as ApiException).getResponse())).toContain('EXPORT_TOO_LARGE')
    }
  })

  it('CSV: a phone number stays as typed, a formula gets its apostrophe', () => {
    const line = csvFile(table).toString('utf8').split('\r\n')[1]
    expect(line).toBe(`张三,+86 138 0013 8000,"'=HYPERLINK(""http://x"",""y"")"`)
  })

  it('XLSX: every text is a text cell, written as it is (never a formula, no apostrophe)', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await xlsxFile(table)) as unknown as ArrayBuffer)
    const row = book.getWorksheet('s')!.getRow(2)
    expect(row.getCell(2).value).toBe('+86 138 0013 8000')
    expect(row.getCell(3).value).toBe('=HYPERLINK("http://x","y")')
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String)
  })

  it("a notice's registrations: the phone as the enterprise typed it in CSV and XLSX alike", async () => {
    const registrations = registrationExportTable('政策解读会 2026/12', [
      { id: 'r', enterpriseUscc: '91310115MA1K4C7L8X', enterpriseName: '上海芯联', contactName: '王五', contactPhone: '+86-21-5080-1234', attendees: 2, status: 'registered', waitlistPosition: null, attended: null, promotedAt: null, withdrawnAt: null, createdAt: '2026-12-01T02:05:00Z' },
    ])
    expect(registrations.fileName).toBe('报名名单-政策解读会_2026_12')
    expect(csvFile(registrations).toString('utf8').split('\r\n')[1]).toBe('上海芯联,91310115MA1K4C7L8X,王五,+86-21-5080-1234,2,已报名,,2026-12-01 10:05,')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await xlsxFile(registrations)) as unknown as ArrayBuffer)
    expect(book.getWorksheet('报名名单')!.getRow(2).getCell(4).value).toBe('+86-21-5080-1234')
  })
})
