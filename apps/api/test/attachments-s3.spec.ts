import getPort from 'get-port'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { attachmentStoreFor } from '../src/attachments/attachments.module.js'
import { backup, restore } from '../src/backup/backup.js'
import { loadEnv } from '../src/config/env.js'
import { createTestDatabase, startTestApp, type TestApp } from './helpers/app.js'
import { startTestS3, type TestS3 } from './helpers/s3-server.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

/**
 * Attachments in object storage with two API instances on one database (issue 17, part 3):
 * instance A and instance B share an S3 bucket (s3rver in this process); instance C's S3 endpoint
 * refuses every connection. Last, a backup of the database and the bucket, restored into a new
 * database and an empty bucket.
 */
describe('attachments in S3, shared by API instances', () => {
  let s3: TestS3
  let a: TestApp
  let b: TestApp
  let c: TestApp
  let db: pg.Client
  let appealId = ''

  beforeAll(async () => {
    s3 = await startTestS3()
    const databaseUrl = await createTestDatabase()
    const common = { RATE_LIMIT: 'false', ...s3.env }
    a = await startTestApp(common, { databaseUrl })
    b = await startTestApp(common, { databaseUrl })
    c = await startTestApp({ ...common, S3_ENDPOINT: `http://127.0.0.1:${await getPort()}` }, { databaseUrl })
    db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    await call(a, 'enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    const created = await call(a, 'enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '附件存储测试', description: '说明' })
    expect(created.statusCode).toBe(201)
    appealId = created.json().id
  })
  afterAll(async () => {
    await db?.end()
    for (const app of [a, b, c]) await app?.close()
    await s3?.close()
  })

  async function call(t: TestApp, user: DemoUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
    return t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  }
  async function upload(t: TestApp, user: DemoUser, fileName: string, bytes: Buffer, id = appealId) {
    const boundary = '----servicepack' + Math.random().toString(16).slice(2)
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    return t.app.inject({ method: 'POST', url: `/api/appeals/${id}/attachments`, headers: { ...(await authHeader(user)), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
  }
  const rows = async () => (await db.query<{ id: string; storage_key: string }>('SELECT id, storage_key FROM appeal_attachments ORDER BY created_at')).rows

  it('a file uploaded through instance A downloads byte for byte through instance B, under a random key', async () => {
    const res = await upload(a, 'enterprise-a', '申报材料.pdf', pdf)
    expect(res.statusCode).toBe(201)
    const [row] = await rows()
    expect(row!.id).toBe(res.json().id)
    expect(await s3.keys()).toEqual([row!.storage_key])
    expect(row!.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/) // random, not the uploader's name
    const download = await call(b, 'coordinator', 'GET', `/api/appeals/${appealId}/attachments/${row!.id}`)
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(pdf)).toBe(true)
    expect(download.headers['content-type']).toBe('application/pdf')
  })

  it('a refused upload leaves neither a row nor an object', async () => {
    const before = { rows: await rows(), keys: await s3.keys() }
    const exe = await upload(b, 'enterprise-a', 'invoice.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096)]))
    expect(exe.statusCode).toBe(400)
    // stored first, then refused by the database transaction (not this enterprise's appeal): the object goes again
    const foreign = await upload(b, 'enterprise-b', 'x.png', png)
    expect(foreign.statusCode).toBe(404)
    expect({ rows: await rows(), keys: await s3.keys() }).toEqual(before)
  })

  it('an upload while the store refuses connections answers 503 and leaves no row', async () => {
    const before = await rows()
    const res = await upload(c, 'enterprise-a', '申报材料.pdf', pdf)
    expect(res.statusCode).toBe(503)
    expect(res.json().code).toBe('SERVICE_UNAVAILABLE')
    expect(await rows()).toEqual(before)
  })

  it('removing follows the row: row, then object; only the uploader; the timeline keeps a detach entry', async () => {
    const added = await upload(b, 'enterprise-a', '第二页.png', png)
    expect(added.statusCode).toBe(201)
    const key = (await rows()).find((r) => r.id === added.json().id)!.storage_key
    expect(await s3.keys()).toContain(key)
    const url = `/api/appeals/${appealId}/attachments/${added.json().id}`
    expect((await call(a, 'coordinator', 'DELETE', url)).statusCode).toBe(403)
    expect((await call(a, 'enterprise-b', 'DELETE', url)).statusCode).toBe(404)
    expect(await s3.keys()).toContain(key)
    expect((await call(a, 'enterprise-a', 'DELETE', url)).statusCode).toBe(204)
    expect((await rows()).map((r) => r.id)).not.toContain(added.json().id)
    expect(await s3.keys()).not.toContain(key)
    expect((await call(b, 'enterprise-a', 'GET', url)).statusCode).toBe(404)
    expect((await call(b, 'enterprise-a', 'DELETE', url)).statusCode).toBe(404)
    const events = (await call(b, 'enterprise-a', 'GET', `/api/appeals/${appealId}/events`)).json() as { action: string; note: string }[]
    expect(events.filter((e) => e.action === 'detach')).toEqual([expect.objectContaining({ note: '第二页.png' })])
  })

  it('when the object cannot be removed the row still goes (204), the object stays behind as an orphan', async () => {
    const added = await upload(a, 'enterprise-a', '第三页.pdf', pdf)
    const key = (await rows()).find((r) => r.id === added.json().id)!.storage_key
    const removed = await call(c, 'enterprise-a', 'DELETE', `/api/appeals/${appealId}/attachments/${added.json().id}`)
    expect(removed.statusCode).toBe(204)
    expect((await rows()).map((r) => r.id)).not.toContain(added.json().id)
    expect(await s3.keys()).toContain(key)
  })

  it('a row whose object is gone answers 404, and a store that refuses answers 503', async () => {
    const [row] = await rows()
    expect((await call(c, 'enterprise-a', 'GET', `/api/appeals/${appealId}/attachments/${row!.id}`)).json().code).toBe('SERVICE_UNAVAILABLE')
    await db.query(`UPDATE appeal_attachments SET storage_key = '00/00000000-0000-4000-8000-000000000000' WHERE id = $1`, [row!.id])
    const missing = await call(a, 'enterprise-a', 'GET', `/api/appeals/${appealId}/attachments/${row!.id}`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().code).toBe('NOT_FOUND')
  })

  it('a backup takes the bucket\'s objects; restored into a new database and an empty bucket, they download as before', async () => {
    const upload1 = await upload(a, 'enterprise-a', '备份.png', png)
    expect(upload1.statusCode).toBe(201)
    const dir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-s3-backup-'))
    const emptied = await startTestS3()
    try {
      const manifest = await backup({ databaseUrl: a.databaseUrl, store: attachmentStoreFor(a.env), storeKind: 's3', dir, now: new Date('2026-12-06T00:00:00Z'), method: 'logical' })
      // the row pointed at a missing object (previous test): reported, not fatal
      expect(manifest.attachments).toMatchObject({ store: 's3', count: 1, bytes: png.length, missing: ['00/00000000-0000-4000-8000-000000000000'] })
      const databaseUrl = await createTestDatabase()
      await restore({ databaseUrl, store: attachmentStoreFor(loadEnv(emptied.env)), dir })
      expect(await emptied.keys()).toEqual([(await rows()).find((r) => r.id === upload1.json().id)!.storage_key])
      const d = await startTestApp({ RATE_LIMIT: 'false', ...emptied.env }, { databaseUrl })
      try {
        const download = await call(d, 'enterprise-a', 'GET', `/api/appeals/${appealId}/attachments/${upload1.json().id}`)
        expect(download.statusCode).toBe(200)
        expect(download.rawPayload.equals(png)).toBe(true)
      } finally {
        await d.close()
      }
    } finally {
      await emptied.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
