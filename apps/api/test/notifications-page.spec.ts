import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { groupOf, NOTIFICATION_GROUPS } from '../src/notifications/notification-groups.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * The notifications page behind the bell's 查看全部 (issue 19 §5): nothing sent is unreachable (the
 * bell stops at 50; this pages with a total), the unread and kind filters, counts per kind that add
 * up, and hostile parameters refused with 400.
 */
describe('the notifications page', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-12-21T02:00:00Z'))
  const get = async (user: DemoUser, url: string) => t.app.inject({ method: 'GET', url, headers: await authHeader(user) })

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    // 60 appeals by enterprise A: 60 'submitted' notifications to the coordinators; 3 dispatched to sheitc
    for (let i = 0; i < 60; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/appeals', headers: await authHeader('enterprise-a'), payload: { categoryCode: 'rnd', title: `诉求 ${i}`, description: '说明' } })
      expect(res.statusCode).toBe(201)
    }
    // a notice notification and a deadline reminder to the coordinators, written directly
    const db = new pg.Client({ connectionString: t.databaseUrl })
    await db.connect()
    await db.query(`INSERT INTO notifications (audience_kind, audience_id, kind, appeal_id, data, created_at) VALUES ('coordinators', '', 'notice_published', NULL, '{}', now()), ('coordinators', '', 'reminder', (SELECT id FROM appeals LIMIT 1), '{}', now()), ('coordinators', '', 'measure_eligible', NULL, '{}', now())`)
    await db.end()
  })
  afterAll(async () => t?.close())

  it('pages through everything with a total; the bell’s list stops at 50', async () => {
    expect((await get('coordinator', '/api/notifications')).json().items).toHaveLength(50)
    const first = (await get('coordinator', '/api/notifications/history?pageSize=50')).json()
    expect(first).toMatchObject({ total: 63, unread: 63, page: 1, pageSize: 50 })
    expect(first.items).toHaveLength(50)
    const second = (await get('coordinator', '/api/notifications/history?pageSize=50&page=2')).json()
    expect(second.items).toHaveLength(13)
    const ids = [...first.items, ...second.items].map((n: { id: string }) => n.id)
    expect(new Set(ids).size).toBe(63)
    expect(ids).toEqual([...ids].sort((a, b) => Number(b) - Number(a)))
  })

  it('filters by kind and by unread; the counts per kind follow the unread filter and add up', async () => {
    const all = (await get('coordinator', '/api/notifications/history?pageSize=100')).json()
    expect(all.kinds).toEqual([{ kind: 'deadline', count: 1 }, { kind: 'appeal', count: 60 }, { kind: 'notice', count: 1 }, { kind: 'other', count: 1 }])
    // the SQL of each group agrees with groupOf
    for (const kind of NOTIFICATION_GROUPS) {
      const page = (await get('coordinator', `/api/notifications/history?kind=${kind}&pageSize=100`)).json()
      expect(page.total).toBe(all.kinds.find((k: { kind: string }) => k.kind === kind).count)
      for (const n of page.items) expect(groupOf(n)).toBe(kind)
    }
    const one = all.items.find((n: { kind: string }) => n.kind === 'submitted')
    expect((await t.app.inject({ method: 'POST', url: `/api/notifications/${one.id}/read`, headers: await authHeader('coordinator') })).statusCode).toBe(204)
    const unread = (await get('coordinator', '/api/notifications/history?unread=true&pageSize=100')).json()
    expect(unread).toMatchObject({ total: 62, unread: 62 })
    expect(unread.kinds.find((k: { kind: string }) => k.kind === 'appeal').count).toBe(59)
    expect(unread.kinds.reduce((s: number, k: { count: number }) => s + k.count, 0)).toBe(unread.total)
    const read = (await get('coordinator', '/api/notifications/history?unread=false')).json()
    expect(read.items.map((n: { id: string }) => n.id)).toEqual([one.id])
    expect(read).toMatchObject({ total: 1, unread: 62 })
  })

  it('shows each caller only what they were sent', async () => {
    const other = (await get('enterprise-b', '/api/notifications/history')).json()
    expect(other).toMatchObject({ total: 0, unread: 0, items: [] })
  })

  it.each(['page=0', 'page=1001', 'pageSize=101', 'pageSize=-1', 'page=abc', 'kind=submitted', "kind=appeal'%20OR%201=1", 'unread=maybe', 'page=1.5'])('refuses %s with 400', async (q) => {
    const res = await get('coordinator', `/api/notifications/history?${q}`)
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().code).toBeTruthy()
  })
})
