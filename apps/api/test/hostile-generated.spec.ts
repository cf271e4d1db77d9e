/**
 * The hostile suite generated from the OpenAPI document (issue 20 §2). For every operation of
 * packages/api-client/openapi.json (the committed document, checked against the controllers by
 * foundation.spec.ts) and every path parameter, query parameter, header and body field ($refs
 * resolved, nested fields included), the cases of its type (generated/hostile-values.ts) are sent by
 * a caller who may call the operation, with real ids (generated/callers.ts, generated/fixtures.ts).
 * Asserted: never a 5xx; a refusal is the one error shape; a refused write changes no table (read
 * back after every write request); every operation and parameter of the document is covered.
 *
 * A NEW OPERATION NEEDS A ROW IN generated/callers.ts — this file fails until it has one.
 * Figures (operations, parameters, requests, 5xx) are printed at the end.
 */
import { readdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { callers, expectedSoon } from './generated/callers.js'
import { createFixtures, type Fixtures } from './generated/fixtures.js'
import { loadDocument, operations } from './generated/openapi-walk.js'
import { coverageOf, plan } from './generated/plan.js'
import { fingerprinter, sendChecked } from './generated/send.js'

const ops = operations(loadDocument())

describe('hostile input generated from the OpenAPI document', () => {
  let t: TestApp
  let f: Fixtures
  let prints: Awaited<ReturnType<typeof fingerprinter>>
  const covered = new Set<string>()
  const figures = { requests: 0, refused: 0, accepted: 0, fiveHundreds: 0, writeChecks: 0 }
  /** response times in ms, printed (never asserted: timings belong to bench/) */
  const took: number[] = []

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    f = await createFixtures(t)
    prints = await fingerprinter(t)
  })
  afterAll(async () => {
    await prints?.close()
    await t?.close()
  })

  it('every operation of the document has a caller, and every caller an operation', () => {
    const keys = new Set(ops.map((o) => o.key))
    expect(ops.filter((o) => !callers[o.key]).map((o) => o.key), 'operations without a row in test/generated/callers.ts').toEqual([])
    expect(Object.keys(callers).filter((k) => !keys.has(k) && !expectedSoon.includes(k)), 'rows of test/generated/callers.ts whose operation is gone').toEqual([])
  })

  for (const op of ops) {
    it(`${op.key}: hostile paths, queries, headers and bodies answer 4xx in the error shape and write nothing`, async () => {
      const caller = callers[op.key]
      expect(caller, `${op.key} has no row in test/generated/callers.ts`).toBeDefined()
      const requests = plan(op, caller!, f)
      const files = async () => (await readdir(t.env.ATTACHMENTS_DIR!, { recursive: true }).catch(() => [])).length
      let before = op.method === 'GET' ? undefined : { db: await prints.take(), files: await files() }
      for (const req of requests) {
        const started = performance.now()
        const sent = await sendChecked(t, req.label, req).catch((e: unknown) => {
          figures.fiveHundreds += String(e).includes('expected 5') ? 1 : 0
          throw e
        })
        took.push(performance.now() - started)
        figures.requests++
        covered.add(`${op.key} ${req.covers}`)
        if (sent.status >= 400) figures.refused++
        else figures.accepted++
        if (before) {
          const after = { db: await prints.take(), files: await files() }
          if (sent.status >= 400) {
            figures.writeChecks++
            expect(after, `${req.label} was refused (${sent.status}) but wrote`).toEqual(before)
          }
          before = after // an accepted write moves the baseline
        }
      }
    })
  }

  it('covered every operation and every parameter and body field of the document; figures', () => {
    const wanted = ops.flatMap((o) => ['operation', ...coverageOf(o)].map((c) => `${o.key} ${c}`))
    expect(wanted.filter((w) => !covered.has(w)), 'not covered by any hostile request').toEqual([])
    const parameters = ops.reduce((n, o) => n + coverageOf(o).filter((c) => c !== 'body').length, 0)
    console.log(
      `[hostile-generated] operations ${ops.length}, parameters and body fields ${parameters}, requests ${figures.requests} ` +
        `(refused ${figures.refused}, accepted ${figures.accepted}), write read-backs ${figures.writeChecks}, 5xx ${figures.fiveHundreds}; ` +
        `response ms p99 ${took.sort((a, b) => a - b)[Math.floor(took.length * 0.99)]?.toFixed(0)} max ${took.at(-1)?.toFixed(0)} (printed, not asserted)`,
    )
    expect(figures.fiveHundreds).toBe(0)
    expect(figures.requests).toBeGreaterThan(ops.length * 5)
  })
})
