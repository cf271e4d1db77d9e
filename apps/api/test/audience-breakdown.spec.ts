import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

describe('the audience preview says how far a notice reaches beyond the association’s own industries', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-12-10T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    await call('enterprise-b', 'PUT', '/api/enterprises/me', { name: '上海瑞康生物医药科技有限公司', facts: { industry: 'biomedicine', district: 'pudong' } })
  })
  afterAll(async () => t?.close())

  it('within its industries: nothing outside', async () => {
    const res = await call('association-ic', 'POST', '/api/notices/audience-preview', { audience: { industries: ['integrated-circuits'] } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ count: 1, outside: { association: 'sh-ic-association', ownIndustries: ['integrated-circuits'], count: 0, byIndustry: [] } })
  })

  it('the industry criterion removed: the enterprises of other industries, by industry', async () => {
    const res = await call('association-ic', 'POST', '/api/notices/audience-preview', { audience: { districts: ['pudong'] } })
    expect(res.json()).toMatchObject({ count: 2, outside: { count: 1, byIndustry: [{ industry: 'biomedicine', count: 1 }] } })
  })

  it('with a measure criterion, the enterprises the rules keep are the ones counted', async () => {
    const all = (await call('association-ic', 'POST', '/api/notices/audience-preview', { audience: { measureId: 'basic-research' } })).json()
    expect(all.outside.count).toBe(all.outside.byIndustry.reduce((n: number, r: { count: number }) => n + r.count, 0))
    expect(all.outside.count).toBeLessThanOrEqual(all.count)
  })

  it('the notice’s own association is the one compared, whoever asks; a coordinator’s draft preview has none', async () => {
    const created = await call('association-bio', 'POST', '/api/notices', {
      title: '生物医药政策解读', body: '议程', kind: 'training', startsAt: '2026-12-17T09:00:00+08:00', endsAt: '2026-12-17T11:30:00+08:00',
      venue: '张江', capacity: 30, registrationDeadline: '2026-12-16T18:00:00+08:00', audience: { districts: ['pudong'] },
    })
    const id = created.json().id
    const preview = (await call('coordinator', 'GET', `/api/notices/${id}/audience-preview`)).json()
    expect(preview).toMatchObject({ count: 2, outside: { association: 'sh-biomedicine-association', count: 1, byIndustry: [{ industry: 'integrated-circuits', count: 1 }] } })
    const draft = (await call('coordinator', 'POST', '/api/notices/audience-preview', { audience: { districts: ['pudong'] } })).json()
    expect(draft.outside).toBeNull()
  })
})
