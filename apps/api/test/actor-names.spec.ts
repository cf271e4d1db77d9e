import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { ActorNames1796800000000 } from '../src/database/migrations/1796800000000-ActorNames.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, subOf, type DemoUser } from './helpers/tokens.js'

/**
 * Issue 19 §4, people by name: whoever acts is recorded with the name the SSO gives (family name
 * first), and the API hands it out beside the login on timelines, attachments, extensions, catalogue
 * changes and routing rows; the migration backfills rows written before from the users directory.
 */
describe('people by name, not by login', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-12-21T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
  })
  afterAll(async () => t?.close())

  it('an appeal’s timeline and attachments carry the names of the enterprise user, the coordinator and the officer', async () => {
    const created = (await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '名字测试', description: '说明' })).json()
    const boundary = '----names'
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)])
    const upload = await t.app.inject({ method: 'POST', url: `/api/appeals/${created.id}/attachments`, headers: { ...(await authHeader('enterprise-a')), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
    expect(upload.statusCode, upload.body).toBe(201)
    expect(upload.json()).toMatchObject({ uploadedBy: 'enterprise-a', uploadedByName: '王明远' })
    expect((await call('coordinator', 'POST', `/api/appeals/${created.id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' })).statusCode).toBe(200)
    expect((await call('bureau-sheitc', 'POST', `/api/appeals/${created.id}/accept`, {})).statusCode).toBe(200)
    const detail = (await call('coordinator', 'GET', `/api/appeals/${created.id}`)).json()
    expect(detail.attachments.map((a: { uploadedByName: string }) => a.uploadedByName)).toEqual(['王明远'])
    const events = (await call('coordinator', 'GET', `/api/appeals/${created.id}/events`)).json()
    const list = (Array.isArray(events) ? events : events.items) as { action: string; actorName: string | null; party: string; actorBureau: string | null }[]
    const byAction = Object.fromEntries(list.map((e) => [e.action, e]))
    expect(byAction.submit).toMatchObject({ actorName: '王明远', party: 'owner' })
    expect(byAction.attach).toMatchObject({ actorName: '王明远' })
    expect(byAction.dispatch).toMatchObject({ actorName: '陈晓东', party: 'coordinator' })
    expect(byAction.accept).toMatchObject({ actorName: '赵立新', actorBureau: 'sheitc' })
  })

  it('catalogue changes and routing rows name the administrator', async () => {
    const res = await call('admin', 'PUT', '/api/admin/routing', { entries: [{ categoryCode: 'land', lead: 'sheitc', assisting: [], districtGovernment: false, version: 0 }] })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().find((e: { categoryCode: string }) => e.categoryCode === 'land')).toMatchObject({ updatedBy: 'admin', updatedByName: '刘静' })
    const changes = (await call('admin', 'GET', '/api/admin/changes?catalogue=routing')).json().items
    expect(changes[0]).toMatchObject({ actorUsername: 'admin', actorName: '刘静', entryKey: 'land' })
  })

  it('the migration backfills the names of rows written before it, from the users directory; unknown people stay null', async () => {
    const db = new pg.Client({ connectionString: t.databaseUrl })
    await db.connect()
    try {
      const adminSub = await subOf('admin')
      await db.query(`ALTER TABLE catalogue_changes DISABLE TRIGGER catalogue_changes_append_only`)
      await db.query(`UPDATE catalogue_changes SET actor_name = NULL`)
      await db.query(`ALTER TABLE catalogue_changes ENABLE TRIGGER catalogue_changes_append_only`)
      await db.query(`INSERT INTO catalogue_changes (at, actor_sub, actor_username, catalogue, entry_key, action) VALUES (now(), 'gone-sub', 'gone', 'routing', 'x', 'update')`)
      const migration = new ActorNames1796800000000()
      const runner = { query: (sql: string) => db.query(sql) } as unknown as Parameters<typeof migration.up>[0]
      await migration.down(runner)
      await migration.up(runner)
      const rows = (await db.query(`SELECT actor_sub, actor_name FROM catalogue_changes ORDER BY id`)).rows
      expect(rows.filter((r) => r.actor_sub === adminSub).map((r) => r.actor_name)).toEqual(['刘静'])
      expect(rows.find((r) => r.actor_sub === 'gone-sub').actor_name).toBeNull()
      const routing = (await db.query(`SELECT updated_by_name FROM routing_entries WHERE category_code = 'land'`)).rows
      expect(routing).toEqual([{ updated_by_name: '刘静' }])
      const events = (await db.query(`SELECT action, actor_name FROM appeal_events WHERE action IN ('submit', 'accept') ORDER BY id`)).rows
      expect(events).toEqual([{ action: 'submit', actor_name: '王明远' }, { action: 'accept', actor_name: '赵立新' }])
    } finally {
      await db.end()
    }
  })
})
