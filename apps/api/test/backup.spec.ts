import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { recountStats, storedStats, type StatsTable } from '../src/appeals/appeal-stats-recount.js'
import { FsAttachmentStore } from '../src/attachments/attachment-store.js'
import { backup, codeMigrations, restore } from '../src/backup/backup.js'
import { CalendarService } from '../src/calendar/calendar.service.js'
import { runMigrations } from '../src/database/migrate.js'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { startDebianPostgres, type DebianPostgres } from './helpers/debian-postgres.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
const plain = (t: StatsTable) => Object.fromEntries([...t].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v.counters, days: Object.fromEntries(v.answerDays) }]))

async function createDatabaseOn(serverUrl: string): Promise<string> {
  const name = `backup_${Math.random().toString(16).slice(2, 10)}`
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return serverUrl.replace(/\/postgres$/, `/${name}`)
}

/**
 * pnpm db:backup / db:restore's round trip: an answered and rated appeal with its timeline and an
 * attachment; backup; the database dropped and the attachment folder gone; restore into a new empty
 * database and folder; everything is back and the 三率 are equal. On the test cluster (the embedded
 * PostgreSQL 18, for which no pg_dump 18 exists here) by the logical snapshot; on a throwaway cluster
 * of Debian's PostgreSQL (15 here; our migrations run on it) by its own pg_dump -Fc / pg_restore.
 */
describe.each([
  { label: 'embedded PostgreSQL 18, logical snapshot', method: 'logical' as const },
  { label: "Debian's PostgreSQL, pg_dump of its major version", method: 'pg_dump' as const },
])('backup, wipe, restore: $label', ({ method }) => {
  let server = ''
  let debian: DebianPostgres | undefined
  const createTestDatabase = () => createDatabaseOn(server)
  const clock = new FixedClock(new Date('2026-09-29T02:00:00Z'))
  let t: TestApp
  let tmp = ''
  let id = ''
  let attachmentId = ''
  const before: Record<string, unknown> = {}
  const call = async (app: TestApp, user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  async function upload(app: TestApp, bytes: Buffer) {
    const boundary = '----servicepack' + Math.random().toString(16).slice(2)
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="申报材料.pdf"\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)])
    return app.app.inject({ method: 'POST', url: `/api/appeals/${id}/attachments`, headers: { ...(await authHeader('enterprise-a')), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
  }
  /** What must come back: the appeal, its timeline, the 三率 through the API and the stored counts. */
  async function observe(app: TestApp) {
    const db = app.app.get(DataSource)
    return {
      appeal: (await call(app, 'enterprise-a', 'GET', `/api/appeals/${id}`)).json(),
      events: (await call(app, 'coordinator', 'GET', `/api/appeals/${id}/events`)).json(),
      metrics: (await call(app, 'coordinator', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=bureau')).json(),
      stats: plain(await storedStats(db)),
    }
  }

  beforeAll(async () => {
    if (method === 'pg_dump') debian = await startDebianPostgres()
    server = debian?.url ?? inject('pgServerUrl')
    tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-backup-'))
    t = await startTestApp({ RATE_LIMIT: 'false', ATTACHMENTS_DIR: path.join(tmp, 'attachments-before') }, { clock, databaseUrl: await createTestDatabase() })
    await call(t, 'enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    id = (await call(t, 'enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '基础研究补助申报咨询', description: '想了解申报材料。' })).json().id
    attachmentId = (await upload(t, pdf)).json().id
    expect((await call(t, 'coordinator', 'POST', `/api/appeals/${id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' })).statusCode).toBe(200)
    clock.set('2026-09-30T01:00:00Z')
    expect((await call(t, 'bureau-stcsm', 'POST', `/api/appeals/${id}/opinions`, { body: '建议附研发投入专项审计报告。' })).statusCode).toBe(200)
    expect((await call(t, 'bureau-sheitc', 'POST', `/api/appeals/${id}/accept`)).statusCode).toBe(200)
    expect((await call(t, 'bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '请于10月底前提交申报材料。' })).statusCode).toBe(200)
    expect((await call(t, 'enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: true, rating: 'satisfied' })).statusCode).toBe(200)
    Object.assign(before, await observe(t))
  })
  afterAll(async () => {
    await t?.close()
    await debian?.stop()
    await rm(tmp, { recursive: true, force: true })
  })

  it('round trip: everything is back, the attachment byte for byte, the 三率 equal', async () => {
    expect(before).toMatchObject({ appeal: { status: 'closed', attachments: [{ id: attachmentId }] }, metrics: { totals: expect.anything() } })
    const dir = path.join(tmp, 'backup')
    const manifest = await backup({ databaseUrl: t.databaseUrl, store: new FsAttachmentStore(t.env.ATTACHMENTS_DIR!), storeKind: 'fs', dir, now: clock.now(), method: method === 'logical' ? 'logical' : 'auto' })
    expect(manifest).toMatchObject({ method, server: { major: debian?.major ?? 18 }, migrations: codeMigrations(), jobs: method === 'logical' ? 'not kept' : 'kept', attachments: { store: 'fs', count: 1, bytes: pdf.length, missing: [] } })
    if (debian) expect(manifest.tool).toContain(`(PostgreSQL) ${debian.major}.`)
    expect(manifest.tables).toMatchObject({ 'public.appeals': 1, 'public.appeal_attachments': 1, 'public.appeal_events': (before.events as unknown[]).length })
    expect(Object.keys(manifest.tables).indexOf('public.appeals')).toBeLessThan(Object.keys(manifest.tables).indexOf('public.appeal_events'))

    // wipe: the database dropped, the attachment folder gone
    const oldUrl = t.databaseUrl
    await t.close()
    const admin = new pg.Client({ connectionString: oldUrl.replace(/\/[^/]+$/, '/postgres') })
    await admin.connect()
    await admin.query(`DROP DATABASE ${new URL(oldUrl).pathname.slice(1)} WITH (FORCE)`)
    await admin.end()
    await rm(t.env.ATTACHMENTS_DIR!, { recursive: true, force: true })

    const databaseUrl = await createTestDatabase()
    const attachmentsDir = path.join(tmp, 'attachments-after')
    await restore({ databaseUrl, store: new FsAttachmentStore(attachmentsDir), dir })
    const restored = new pg.Client({ connectionString: databaseUrl })
    await restored.connect()
    // the job queues exist (pg_dump: as they were; logical: made anew, empty), so api instances that do not migrate can enqueue
    expect((await restored.query('SELECT count(*)::int AS n FROM pgboss.queue')).rows[0].n).toBeGreaterThan(0)
    await restored.end()
    expect(await readdir(attachmentsDir, { recursive: true })).toHaveLength(2) // ab/ and ab/<uuid>
    t = await startTestApp({ RATE_LIMIT: 'false', ATTACHMENTS_DIR: attachmentsDir, DB_MIGRATE_ON_START: 'true' }, { clock, databaseUrl })

    expect(await observe(t)).toEqual(before)
    const download = await call(t, 'coordinator', 'GET', `/api/appeals/${id}/attachments/${attachmentId}`)
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(pdf)).toBe(true)
    const db = t.app.get(DataSource)
    expect(plain(await storedStats(db))).toEqual(plain(await recountStats(db, await t.app.get(CalendarService).calendar())))
    // the sequences go on where they were: a new appeal and a new timeline entry fit in
    const next = await call(t, 'enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '恢复之后', description: '新的诉求' })
    expect(next.statusCode).toBe(201)
    expect(next.json().number).not.toBe((before.appeal as { number: string }).number)
    expect((await call(t, 'coordinator', 'POST', `/api/appeals/${next.json().id}/messages`, { body: '收到' })).statusCode).toBeLessThan(300)
  })

  it('refuses a non-empty target unless --force, and a backup of other migrations', async () => {
    const dir = path.join(tmp, 'backup')
    const store = new FsAttachmentStore(path.join(tmp, 'attachments-forced'))
    await expect(restore({ databaseUrl: t.databaseUrl, store, dir })).rejects.toThrow(/not empty .*--force/)
    const forced = await createTestDatabase()
    await restore({ databaseUrl: forced, store, dir })
    await restore({ databaseUrl: forced, store, dir, force: true })
    const client = new pg.Client({ connectionString: forced })
    await client.connect()
    expect((await client.query('SELECT count(*)::int AS n FROM appeals')).rows[0].n).toBe(1)
    await client.end()

    const other = path.join(tmp, 'backup-other')
    await backup({ databaseUrl: t.databaseUrl, store, storeKind: 'fs', dir: other, now: clock.now(), method: method === 'logical' ? 'logical' : 'auto' })
    const manifestFile = path.join(other, 'manifest.json')
    const { readFile, writeFile } = await import('node:fs/promises')
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
    await writeFile(manifestFile, JSON.stringify({ ...manifest, migrations: manifest.migrations.slice(0, -1) }))
    await expect(restore({ databaseUrl: await createTestDatabase(), store, dir: other })).rejects.toThrow(/made at migration .*this code is at/)
  })

})

describe('a logical restore by a role that may not turn triggers off', () => {
  it('is refused, saying what it needs', async () => {
    const server = inject('pgServerUrl')
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-backup-role-'))
    try {
      const source = await createDatabaseOn(server)
      await runMigrations(source)
      const dir = path.join(tmp, 'backup')
      const store = new FsAttachmentStore(path.join(tmp, 'attachments'))
      await backup({ databaseUrl: source, store, storeKind: 'fs', dir, now: new Date('2026-12-06T00:00:00Z'), method: 'logical' })
      const admin = new pg.Client({ connectionString: server })
      await admin.connect()
      const role = `restorer_${Math.random().toString(16).slice(2, 8)}`
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'restorer'`)
      await admin.query(`CREATE DATABASE ${role} OWNER ${role}`)
      await admin.end()
      const url = Object.assign(new URL(server), { username: role, password: 'restorer', pathname: `/${role}` }).toString()
      await expect(restore({ databaseUrl: url, store, dir })).rejects.toThrow(/permission denied .*session_replication_role.*needs a superuser .*GRANT SET ON PARAMETER/)
    } finally {
      await rm(tmp, { recursive: true, force: true })
    }
  })
})
