import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * Issue 19 §5: the counts follow the list's non-tab filters, so after a drill-down the inbox's tabs
 * and its 共 N 条 count what the list shows; bad filters are a 400.
 */
describe('appeal counts under the list’s filters', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-12-21T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    for (const [category, n] of [['rnd', 3], ['land', 2]] as const) {
      for (let i = 0; i < n; i++) expect((await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: category, title: `${category} ${i}`, description: '说明' })).statusCode).toBe(201)
    }
    const land = (await call('coordinator', 'GET', '/api/appeals?category=land')).json().items
    expect((await call('coordinator', 'POST', `/api/appeals/${land[0].id}/dispatch`, { leadBureau: 'planning', assistingBureaus: [], complexity: 'simple' })).statusCode).toBe(200)
  })
  afterAll(async () => t?.close())

  it('each tab’s count is the length of the list it opens, under the same filters', async () => {
    expect((await call('coordinator', 'GET', '/api/appeals/counts')).json()).toMatchObject({ submitted: 4, dispatched: 1 })
    const land = (await call('coordinator', 'GET', '/api/appeals/counts?category=land')).json()
    expect(land).toMatchObject({ submitted: 1, dispatched: 1, inProgress: 0 })
    for (const [status, key] of [['submitted', 'submitted'], ['dispatched', 'dispatched']] as const) {
      const list = (await call('coordinator', 'GET', `/api/appeals?category=land&status=${status}`)).json().items
      expect(list).toHaveLength(land[key])
    }
    expect((await call('coordinator', 'GET', '/api/appeals/counts?lead=planning')).json()).toMatchObject({ submitted: 0, dispatched: 1 })
    expect((await call('coordinator', 'GET', '/api/appeals/counts?q=rnd%201')).json()).toMatchObject({ submitted: 1 })
  })

  it.each(['category=nope', 'lead=x', 'dispatchedFrom=2026-13-01', 'everOverdue=maybe', "rating=x'%20OR%201=1"])('refuses %s with 400', async (q) => {
    const res = await call('coordinator', 'GET', `/api/appeals/counts?${q}`)
    expect(res.statusCode, res.body).toBe(400)
  })
})
