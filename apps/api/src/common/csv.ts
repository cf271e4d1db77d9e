/**
 * The one formula-injection rule of every download (table-files.ts): a CSV text cell that a
 * spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage return) is
 * written with a leading apostrophe — unless it holds only digits, spaces and + - ( ) . (a phone
 * number such as "+86 138 0013 8000", a signed amount), which can call no function and no other
 * program, so it is left as the enterprise typed it. XLSX cells are typed: text there is never a
 * formula and is written as it is.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text
  if (/^[+-][\d\s().+-]*$/.test(text)) return text
  return `'${text}`
}

/** RFC 4180 CSV with a UTF-8 BOM (so spreadsheet programs read Chinese correctly). */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const cell = (v: string | number | boolean | null | undefined): string => {
    if (v === null || v === undefined) return ''
    const s = typeof v === 'string' ? neutraliseFormula(v) : String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}
