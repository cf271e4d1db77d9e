/**
 * The authorization matrix (issue 20 §3): every operation of the OpenAPI document × every caller of
 * authz/roles.ts, as declared in authz/matrix.ts, with real and nonexistent ids. Fails on:
 * - an operation without a row (or a row without an operation);
 * - a cell answering otherwise than declared — a 2xx where a refusal is declared in particular;
 * - a refusal that differs between a real and a nonexistent id for a caller who may not see the
 *   record (existence revealed);
 * - another party's record, or an internal note, in any 2xx body (lists, details, CSV exports).
 * Writes by callers who may write carry a body validation refuses, so the matrix writes nothing;
 * refused callers send a valid body (a bug would write). Figures printed at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { matrix, type Outcome } from './authz/matrix.js'
import { probe } from './authz/probe.js'
import { ROLE_NAMES, type RoleName } from './authz/roles.js'
import { expectedSoon } from './generated/callers.js'
import { createFixtures, TITLES, USCC_A, USCC_B, type Fixtures } from './generated/fixtures.js'
import { loadDocument, operations } from './generated/openapi-walk.js'

const ops = operations(loadDocument())

/** What no 2xx body of a caller may contain: other parties' records, and internal notes for enterprises. */
function forbidden(f: Fixtures): Record<RoleName, string[]> {
  const appeal = [f.appeal, TITLES.appeal, f.attachment, '申报材料.pdf']
  const submitted = [f.appealSubmitted, TITLES.appealSubmitted]
  const other = [f.appealOther, TITLES.appealOther]
  const draft = [f.noticeDraft, TITLES.noticeDraft]
  const notice = [f.notice, TITLES.notice]
  return {
    anonymous: [...appeal, ...submitted, ...other, ...notice, ...draft, USCC_A, USCC_B],
    enterpriseOwn: [...other, USCC_B, '内部：', ...draft],
    enterpriseOther: [...appeal, ...submitted, USCC_A, '上海芯联微电子', '内部：', ...notice, ...draft],
    coordinator: [],
    bureauLead: [...submitted, ...other, ...draft],
    bureauAssisting: [...submitted, ...other, ...draft],
    bureauOther: [...appeal, ...submitted, ...other, '内部：', ...draft],
    associationOwn: [...appeal, ...submitted, ...other],
    associationOther: [...appeal, ...submitted, ...other, ...notice, ...draft],
    admin: [],
  }
}

const refusal = (o: Outcome) => (o === 'ok' ? 0 : 1)

describe('authorization matrix: every operation × every caller, real and nonexistent ids', () => {
  let t: TestApp
  let f: Fixtures
  const figures = { cells: 0, requests: 0, leaks: 0, existenceLeaks: 0, wrongOutcomes: 0 }

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    f = await createFixtures(t)
  })
  afterAll(async () => t?.close())

  it('every operation of the document has a row, and every row an operation', () => {
    const keys = new Set(ops.map((o) => o.key))
    expect(ops.filter((o) => !matrix[o.key]).map((o) => o.key), 'operations without a row in test/authz/matrix.ts').toEqual([])
    expect(Object.keys(matrix).filter((k) => !keys.has(k) && !expectedSoon.includes(k)), 'rows of test/authz/matrix.ts whose operation is gone').toEqual([])
  })

  for (const op of ops) {
    it(`${op.key}`, async () => {
      const row = matrix[op.key]
      expect(row, `${op.key} has no row in test/authz/matrix.ts`).toBeDefined()
      const problems: string[] = []
      // refusals first: an allowed bodiless write (publish, delete) may change the record's state
      const roles = [...ROLE_NAMES].sort((a, b) => refusal(row![b]) - refusal(row![a]))
      for (const role of roles) {
        const expected = row![role]
        const allowed = expected === 'ok'
        figures.cells++
        const real = await probe(t, op, f, role, 'real', allowed)
        figures.requests++
        const where = `${op.key} as ${role}`
        if (real.status >= 500) problems.push(`${where}: ${real.status} ${real.body.slice(0, 200)}`)
        if (allowed) {
          const passed = op.method === 'GET' ? real.status < 300 : ![401, 403, 404].includes(real.status)
          if (!passed) {
            figures.wrongOutcomes++
            problems.push(`${where}: declared ok, got ${real.status} ${real.body.slice(0, 200)}`)
          }
        } else {
          const want = expected === '403 seen' ? 403 : expected
          if (real.status !== want) {
            figures.wrongOutcomes++
            problems.push(`${where}: declared ${expected}, got ${real.status} ${real.body.slice(0, 200)}`)
          }
        }
        if (real.status < 300) {
          for (const marker of forbidden(f)[role]) {
            if (real.body.includes(marker)) {
              figures.leaks++
              problems.push(`${where}: the 2xx body contains "${marker}"`)
            }
          }
        }
        if (op.path.includes('{')) {
          const none = await probe(t, op, f, role, 'nonexistent', allowed)
          figures.requests++
          if (none.status >= 500) problems.push(`${where} (nonexistent id): ${none.status}`)
          if (!allowed && expected !== '403 seen' && none.status !== real.status) {
            figures.existenceLeaks++
            problems.push(`${where}: ${real.status} for a real id but ${none.status} for a nonexistent one (existence revealed)`)
          }
        }
      }
      expect(problems).toEqual([])
    })
  }

  it('figures', () => {
    console.log(`[authz-matrix] operations ${ops.length}, cells ${figures.cells}, requests ${figures.requests}, wrong outcomes ${figures.wrongOutcomes}, leaks ${figures.leaks}, existence leaks ${figures.existenceLeaks}`)
    expect(figures.cells).toBe(ops.length * ROLE_NAMES.length)
    expect(figures.leaks + figures.existenceLeaks + figures.wrongOutcomes).toBe(0)
  })
})
