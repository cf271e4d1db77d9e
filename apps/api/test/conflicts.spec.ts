import pg from 'pg'
import { DataSource, QueryFailedError } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { toErrorBody } from '../src/common/error-shape.js'
import { inTransaction } from '../src/common/transaction.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * Conflicts are answers: the services guard their constraints under row locks, so these tests
 * reach past the guards (a row changed behind the API's back, a constraint the services do not
 * know) to see what escapes is a 409 with nothing written; and a real deadlock is retried.
 */
describe('conflicts are answers, not 500s', () => {
  let t: TestApp
  let sql: pg.Client
  const clock = new FixedClock(new Date('2026-12-10T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  let noticeId = ''

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    sql = new pg.Client({ connectionString: t.databaseUrl })
    await sql.connect()
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    const notice = await call('association-ic', 'POST', '/api/notices', {
      title: '研发政策解读会', body: '议程', kind: 'policy_interpretation', startsAt: '2026-12-17T09:00:00+08:00', endsAt: '2026-12-17T11:00:00+08:00',
      venue: '张江科学会堂', capacity: 5, attendeeLimit: 3, registrationDeadline: '2026-12-16T18:00:00+08:00', audience: { industries: ['integrated-circuits'] },
    })
    noticeId = notice.json().id
    await call('association-ic', 'POST', `/api/notices/${noticeId}/publish`)
    const registered = await call('enterprise-a', 'POST', `/api/notices/${noticeId}/registrations`, { contactName: '张三', contactPhone: '13800000000', attendees: 2 })
    expect(registered.json().status).toBe('registered')
  })
  afterAll(async () => {
    await sql?.end()
    await t?.close()
  })

  it("a CHECK violation that escapes (the seats, changed behind the API's back) is a 409 and writes nothing", async () => {
    await sql.query(`UPDATE notices SET seats_taken = 0 WHERE id = $1`, [noticeId])
    const withdrawn = await call('enterprise-a', 'DELETE', `/api/notices/${noticeId}/registrations/me`)
    expect(withdrawn.statusCode).toBe(409)
    expect(withdrawn.json()).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: expect.stringContaining('seats') })
    const { rows } = await sql.query(`SELECT status FROM notice_registrations WHERE notice_id = $1`, [noticeId])
    expect(rows).toEqual([{ status: 'registered' }])
    await sql.query(`UPDATE notices SET seats_taken = 2 WHERE id = $1`, [noticeId])
  })

  it('a constraint no service knows is a 409 CONFLICT, and the submission is not written', async () => {
    await sql.query(`ALTER TABLE appeals ADD CONSTRAINT test_title_allowed CHECK (title <> '不可提交的标题') NOT VALID`)
    try {
      const refused = await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '不可提交的标题', description: '说明' })
      expect(refused.statusCode).toBe(409)
      expect(refused.json()).toMatchObject({ code: 'CONFLICT', correlationId: expect.any(String) })
      expect((await sql.query(`SELECT count(*)::int AS n FROM appeals`)).rows[0].n).toBe(0)
      expect((await sql.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'submitted'`)).rows[0].n).toBe(0)
    } finally {
      await sql.query(`ALTER TABLE appeals DROP CONSTRAINT test_title_allowed`)
    }
  })

  it("a real unique violation from PostgreSQL (a second registration of one enterprise) is answered by its constraint's 409 code", async () => {
    const db = t.app.get(DataSource)
    const error = await db
      .query(
        `INSERT INTO notice_registrations (notice_id, enterprise_uscc, created_by_sub, contact_name, contact_phone, attendees, status, queued_at)
         SELECT notice_id, enterprise_uscc, created_by_sub, contact_name, contact_phone, attendees, status, queued_at FROM notice_registrations WHERE notice_id = $1`,
        [noticeId],
      )
      .then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(QueryFailedError)
    expect(toErrorBody(error, 'r')).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'ALREADY_REGISTERED' })
  })

  it('a real deadlock between two transactions is retried: both complete, each change applied once', async () => {
    const db = t.app.get(DataSource)
    await sql.query(`CREATE TABLE deadlock_probe (id int PRIMARY KEY, n int NOT NULL)`)
    try {
      await sql.query(`INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)`)
      let firstLocks = 0
      let release!: () => void
      const bothLocked = new Promise<void>((resolve) => (release = resolve))
      let retries = 0
      // each takes one row, waits until the other has taken the other row, then wants that one too
      const crossing = (first: number, second: number) =>
        inTransaction(
          db,
          async (em) => {
            await em.query(`UPDATE deadlock_probe SET n = n + 1 WHERE id = $1`, [first])
            if (++firstLocks === 2) release()
            await bothLocked
            await em.query(`UPDATE deadlock_probe SET n = n + 1 WHERE id = $1`, [second])
          },
          { onRetry: () => retries++ },
        )
      await Promise.all([crossing(1, 2), crossing(2, 1)])
      expect(retries).toBe(1)
      expect((await sql.query(`SELECT id, n FROM deadlock_probe ORDER BY id`)).rows).toEqual([{ id: 1, n: 2 }, { id: 2, n: 2 }])
    } finally {
      await sql.query(`DROP TABLE deadlock_probe`)
    }
  })
})
