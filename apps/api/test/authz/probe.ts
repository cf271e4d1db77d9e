import { ROLES, ROLE_NAMES, type RoleName } from './roles.js'
import ExcelJS from 'exceljs'
import { usccCheckCharacter } from '../../src/enterprises/uscc.js'
import type { TestApp } from '../helpers/app.js'
import { call, multipart, PDF, type Fixtures } from '../generated/fixtures.js'
import { callers } from '../generated/callers.js'
import type { Operation } from '../generated/openapi-walk.js'

/** Ids of the same shape as the fixtures' that name no record. */
export const NONEXISTENT: Record<keyof Fixtures, string> = {
  uscc: `91310000MA1FL0000${usccCheckCharacter('91310000MA1FL0000')}`, usccOther: `91310000MA1FL0000${usccCheckCharacter('91310000MA1FL0000')}`,
  appeal: '3f2b8c1e-0000-4000-8000-000000000001', appealSubmitted: '3f2b8c1e-0000-4000-8000-000000000002', appealOther: '3f2b8c1e-0000-4000-8000-000000000003',
  attachment: '3f2b8c1e-0000-4000-8000-000000000004', extensionRequest: '3f2b8c1e-0000-4000-8000-000000000005', notice: '3f2b8c1e-0000-4000-8000-000000000006',
  noticeDraft: '3f2b8c1e-0000-4000-8000-000000000007', template: '3f2b8c1e-0000-4000-8000-000000000008', notification: '999999999',
  year: '2099', date: '2099-01-05', categoryCode: 'land', openDataFile: '2099-01.json', openDataMonth: '2099-01',
  answer: '3f2b8c1e-0000-4000-8000-000000000009', answerSpare: '3f2b8c1e-0000-4000-8000-00000000000a',
}

export interface Probe {
  role: RoleName
  real: { status: number; body: string }
  nonexistent?: { status: number; body: string }
}

/** The request of one cell: real (or nonexistent) ids; a write by an allowed caller carries a body its validation refuses (so the matrix writes nothing). */
export async function probe(t: TestApp, op: Operation, f: Fixtures, role: RoleName, ids: 'real' | 'nonexistent', allowedWrite: boolean) {
  const caller = callers[op.key]!
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids === 'real' ? f[caller.path![name]!] : NONEXISTENT[caller.path![name]!])) +
    (caller.query ? '?' + Object.entries(caller.query).map(([k, v]) => `${k}=${v}`).join('&') : '')
  const write = op.method !== 'GET'
  let payload: string | undefined
  let headers: Record<string, string> = {}
  if (write && op.body?.contentType === 'application/json') {
    payload = JSON.stringify(allowedWrite ? { ...caller.body!(f), '\u0001unknown': 1 } : caller.body!(f))
    headers = { 'content-type': 'application/json' }
  } else if (write && op.body) {
    // an upload: a real PDF for a caller who must be refused, no file at all for one who may upload
    const upload = multipart('matrix.pdf', PDF, allowedWrite ? 'other' : 'file')
    payload = upload.payload as unknown as string
    headers = { 'content-type': upload.contentType }
  }
  const res = await call(t, ROLES[role], op.method, url, payload, headers)
  return { status: res.statusCode, body: String(res.headers['content-type']).includes('spreadsheetml') && res.statusCode < 300 ? await xlsxText(res.rawPayload) : res.body }
}

/** An XLSX export as text (every cell of every sheet), so the leak search reads it like a CSV. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const cells: string[] = []
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))))
  return cells.join('\t')
}

export { ROLE_NAMES }
