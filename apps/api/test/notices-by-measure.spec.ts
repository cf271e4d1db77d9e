import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * The package page's 相关培训 (issue 19 §5): each measure's soonest three upcoming notices and how many
 * there are in all, for the caller's enterprise only — never cut at a page size, never a cancelled,
 * ended, draft or unaddressed notice.
 */
describe('GET /api/notices/by-measure: the upcoming training of each measure, the soonest three and the total', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-12-10T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  const day = (d: number) => `2026-12-${String(d).padStart(2, '0')}`
  async function notice(title: string, date: string, measureIds: string[], industries: string[], publish = true): Promise<string> {
    const created = await call('association-ic', 'POST', '/api/notices', {
      title, body: '议程', kind: 'training', startsAt: `${date}T09:00:00+08:00`, endsAt: `${date}T11:30:00+08:00`, venue: '张江科学会堂',
      capacity: 50, attendeeLimit: 3, registrationDeadline: `${date}T08:00:00+08:00`, audience: { industries }, measureIds,
    })
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id as string
    if (publish) expect((await call('association-ic', 'POST', `/api/notices/${id}/publish`)).statusCode).toBe(200)
    return id
  }

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    await call('enterprise-b', 'PUT', '/api/enterprises/me', { name: '上海生物医药有限公司', facts: { industry: 'biomedicine', district: 'pudong' } })
    // five upcoming notices of basic research for integrated circuits, made out of date order
    for (const d of [20, 14, 28, 16, 22]) await notice(`基础研究政策解读 12月${d}日`, day(d), ['basic-research'], ['integrated-circuits'])
    // one about two measures; one cancelled; one a draft; one aimed at biomedicine only
    await notice('首台套与基础研究专场', day(18), ['first-set-equipment', 'basic-research'], ['integrated-circuits'])
    const cancelled = await notice('已取消的解读会', day(12), ['basic-research'], ['integrated-circuits'])
    expect((await call('association-ic', 'POST', `/api/notices/${cancelled}/cancel`, { reason: '场地调整' })).statusCode).toBe(200)
    await notice('草稿', day(11), ['basic-research'], ['integrated-circuits'], false)
    await notice('生物医药专场', day(15), ['basic-research'], ['biomedicine'])
    // then the clock moves past the 14th: that one has ended
    clock.set(new Date('2026-12-14T06:00:00Z'))
  })
  afterAll(async () => t?.close())

  it('lists, per measure, the soonest three upcoming notices the enterprise was sent, and counts them all', async () => {
    const res = await call('enterprise-a', 'GET', '/api/notices/by-measure')
    expect(res.statusCode, res.body).toBe(200)
    const byMeasure = Object.fromEntries((res.json().items as { measureId: string; total: number; notices: { title: string; startsAt: string }[] }[]).map((i) => [i.measureId, i]))
    expect(Object.keys(byMeasure).sort()).toEqual(['basic-research', 'first-set-equipment'])
    // 16, 18, 20, 22, 28 (the 14th ended, the 12th was cancelled, the 11th is a draft, the 15th went to biomedicine)
    expect(byMeasure['basic-research']!.total).toBe(5)
    expect(byMeasure['basic-research']!.notices.map((n) => n.title)).toEqual(['基础研究政策解读 12月16日', '首台套与基础研究专场', '基础研究政策解读 12月20日'])
    expect(byMeasure['first-set-equipment']).toMatchObject({ total: 1, notices: [{ title: '首台套与基础研究专场', startsAt: '2026-12-18T01:00:00.000Z' }] })
  })

  it('takes perMeasure (1–10); anything else is a 400 in the error shape', async () => {
    const one = await call('enterprise-a', 'GET', '/api/notices/by-measure?perMeasure=1')
    expect(one.json().items.find((i: { measureId: string }) => i.measureId === 'basic-research')).toMatchObject({ total: 5, notices: [{ title: '基础研究政策解读 12月16日' }] })
    for (const bad of ['0', '11', 'x', '1.5', '-1']) {
      const res = await call('enterprise-a', 'GET', `/api/notices/by-measure?perMeasure=${bad}`)
      expect(res.statusCode, bad).toBe(400)
      expect(res.json().code, bad).toBe('FIELD_INVALID')
    }
  })

  it("another enterprise sees only what was sent to it; other roles are refused", async () => {
    const b = await call('enterprise-b', 'GET', '/api/notices/by-measure')
    expect(b.json().items).toEqual([{ measureId: 'basic-research', total: 1, notices: [expect.objectContaining({ title: '生物医药专场' })] }])
    for (const user of ['coordinator', 'association-ic', 'bureau-sheitc'] as const) expect((await call(user, 'GET', '/api/notices/by-measure')).statusCode, user).toBe(403)
  })
})
