/**
 * The property-based layer of the hostile suite (issue 20 §2): fast-check mutates the valid body of
 * every JSON write operation of the OpenAPI document — a field replaced by any JSON value or by
 * hostile text, removed, doubled in an array, or a key added — and checks: never 5xx, a refusal in
 * the error shape, and a refused write changes no table.
 *
 * CI runs a fixed seed and few runs; `pnpm fuzz` runs a random seed and many (FUZZ_SEED, FUZZ_RUNS).
 * A failure prints the seed and the path to replay it.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { callers } from './generated/callers.js'
import { createFixtures, type Fixtures } from './generated/fixtures.js'
import { loadDocument, operations, setAt } from './generated/openapi-walk.js'
import { fingerprinter, sendChecked } from './generated/send.js'

const seed = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261206)
const numRuns = Number(process.env.FUZZ_RUNS ?? 25)
const writes = operations(loadDocument()).filter((o) => o.body?.contentType === 'application/json' && callers[o.key]?.body)

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', '\ud800', '\udc00x', '\u202E', '\u200B', '\r\n', '../../etc/passwd', '0000-01-01', '2027-02-30', '+275760-09-13', 'not-a-member', '__proto__', '0x7EA', '1e999'),
)
const anyValue = fc.oneof(hostileText, fc.jsonValue({ maxDepth: 3 }), fc.double(), fc.integer(), fc.constant(null), fc.array(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }), { maxLength: 2 }))

describe(`hostile bodies by fast-check (seed ${seed}, ${numRuns} runs per operation)`, () => {
  let t: TestApp
  let f: Fixtures
  let prints: Awaited<ReturnType<typeof fingerprinter>>
  let requests = 0

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    f = await createFixtures(t)
    prints = await fingerprinter(t)
  })
  afterAll(async () => {
    console.log(`[hostile-fuzz] seed ${seed}, operations ${writes.length}, requests ${requests}, 5xx 0`)
    await prints?.close()
    await t?.close()
  })

  for (const op of writes) {
    it(`${op.key}: mutated valid bodies never answer 5xx nor write when refused`, async () => {
      const caller = callers[op.key]!
      const valid = caller.body!(f)
      const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(f[caller.path![name]!]))
      const fields = op.body!.fields.map((x) => x.path)
      const mutation = fc.oneof(
        fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...fields), value: anyValue }),
        fc.record({ kind: fc.constant('drop' as const), path: fc.constantFrom(...fields) }),
        fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 12 }), value: anyValue }),
      )
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          let body: Record<string, unknown> = valid
          for (const m of mutations) {
            if (m.kind === 'set') body = setAt(body, m.path, m.value)
            else if (m.kind === 'drop') body = setAt(body, m.path, undefined)
            else body = { ...body, [m.key]: m.value }
          }
          const before = await prints.take()
          const sent = await sendChecked(t, `${op.key} ${JSON.stringify(mutations).slice(0, 300)}`, { method: op.method, url, user: caller.user, payload: JSON.stringify(body), contentType: 'application/json' })
          requests++
          if (sent.status >= 400) expect(await prints.take(), `${op.key}: refused (${sent.status}) but wrote`).toEqual(before)
        }),
        { seed, numRuns, endOnFailure: true },
      )
    })
  }
})
