import { decodeJwt } from 'jose'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { usccCheckCharacter } from '../src/enterprises/uscc.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, signWithRealmKey, tokenFor, type DemoUser } from './helpers/tokens.js'

const uscc = (first17: string) => first17 + usccCheckCharacter(first17)
const C = uscc('91310115MA1K4C7A1')
const D = uscc('91310115MA1K4C7B2')

async function enterpriseUser(name: string, usccOf: string): Promise<string> {
  const claims = decodeJwt(await tokenFor('enterprise-a'))
  const now = Math.floor(Date.now() / 1000)
  return `Bearer ${await signWithRealmKey({ ...claims, sub: `sub-${name}`, preferred_username: name, name: `${name} 用户`, enterprise_uscc: usccOf, iat: now, exp: now + 3600 })}`
}

describe('修改报名: changing a registration until the deadline, the last seat never given twice', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-12-10T02:00:00Z'))
  const auth: Record<string, string> = {}
  let id = ''
  const call = async (user: DemoUser | string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user in auth ? { authorization: auth[user]! } : await authHeader(user as DemoUser), ...(payload ? { payload } : {}) })
  const seats = async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl })
    await client.connect()
    try {
      return (await client.query(`SELECT seats_taken AS n FROM notices WHERE id = $1`, [id])).rows[0].n as number
    } finally {
      await client.end()
    }
  }
  const mine = async (user: string) => (await call(user, 'GET', `/api/notices/${id}`)).json().myRegistration
  const change = (user: string, contactName: string, attendees: number) => call(user, 'PUT', `/api/notices/${id}/registrations/me`, { contactName, contactPhone: '021-50801234', attendees })

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    auth['enterprise-c'] = await enterpriseUser('enterprise-c', C)
    auth['enterprise-d'] = await enterpriseUser('enterprise-d', D)
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    await call('enterprise-c', 'PUT', '/api/enterprises/me', { name: '上海张江芯片设计有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    await call('enterprise-d', 'PUT', '/api/enterprises/me', { name: '上海临港晶圆制造有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    const created = await call('association-ic', 'POST', '/api/notices', {
      title: '集成电路企业研发政策解读会', body: '议程', kind: 'training', startsAt: '2026-12-17T09:00:00+08:00', endsAt: '2026-12-17T11:30:00+08:00',
      venue: '张江科学会堂', capacity: 3, attendeeLimit: 3, registrationDeadline: '2026-12-16T18:00:00+08:00', audience: { industries: ['integrated-circuits'] },
    })
    id = created.json().id
    expect((await call('association-ic', 'POST', `/api/notices/${id}/publish`)).statusCode).toBe(200)
    expect((await call('enterprise-a', 'POST', `/api/notices/${id}/registrations`, { contactName: '张三', contactPhone: '021-50801234', attendees: 1 })).json().status).toBe('registered')
    expect((await call('enterprise-c', 'POST', `/api/notices/${id}/registrations`, { contactName: '李四', contactPhone: '021-50801234', attendees: 2 })).json().status).toBe('registered')
    expect((await call('enterprise-d', 'POST', `/api/notices/${id}/registrations`, { contactName: '赵六', contactPhone: '021-50801234', attendees: 1 })).json().status).toBe('waitlisted')
  })
  afterAll(async () => t?.close())

  it('a registrant may change it (change_registration among its actions); an enterprise outside the audience gets 404', async () => {
    expect((await call('enterprise-a', 'GET', `/api/notices/${id}`)).json().allowedActions).toEqual(['withdraw', 'change_registration'])
    const none = await call('enterprise-b', 'PUT', `/api/notices/${id}/registrations/me`, { contactName: '王五', contactPhone: '13800000000', attendees: 1 })
    expect(none.statusCode).toBe(404) // enterprise-b is outside the audience
  })

  it('the contact changes without touching the seats', async () => {
    const res = await change('enterprise-a', '张三丰', 1)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'registered', registration: { contactName: '张三丰', attendees: 1 }, notice: { seatsTaken: 3 } })
    expect(await seats()).toBe(3)
  })

  it('more attendees than the free seats: 409 NOT_ENOUGH_SEATS, the registration unchanged', async () => {
    const res = await change('enterprise-c', '李四', 3)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('NOT_ENOUGH_SEATS')
    expect(await mine('enterprise-c')).toMatchObject({ status: 'registered', attendees: 2, contactName: '李四' })
    expect(await seats()).toBe(3)
  })

  it('more attendees than the notice allows: 400 on attendees', async () => {
    const res = await change('enterprise-c', '李四', 4)
    expect(res.statusCode).toBe(400)
    expect(res.json().details[0]).toMatchObject({ field: 'attendees' })
  })

  it('the waitlisted one changes its contact and keeps its place', async () => {
    const res = await change('enterprise-d', '赵六六', 1)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'waitlisted', registration: { contactName: '赵六六', waitlistPosition: 1 } })
  })

  it('fewer attendees free a seat: the first in line moves up and is told', async () => {
    const res = await change('enterprise-c', '李四', 1)
    expect(res.statusCode, res.body).toBe(200)
    expect(await seats()).toBe(3)
    expect(await mine('enterprise-d')).toMatchObject({ status: 'registered', waitlistPosition: null })
    const kinds = (await call('enterprise-d', 'GET', '/api/notifications')).json().items.map((n: { kind: string }) => n.kind)
    expect(kinds).toContain('notice_promoted')
  })

  it('two registrants ask for the last seat at the same moment: exactly one gets it', async () => {
    expect((await call('enterprise-d', 'DELETE', `/api/notices/${id}/registrations/me`)).statusCode).toBe(200)
    expect(await seats()).toBe(2)
    const results = await Promise.all([change('enterprise-a', '张三丰', 2), change('enterprise-c', '李四', 2)])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('NOT_ENOUGH_SEATS')
    expect(await seats()).toBe(3)
    const attendees = [(await mine('enterprise-a')).attendees, (await mine('enterprise-c')).attendees].sort()
    expect(attendees).toEqual([1, 2])
  })

  it('after the deadline: 409 REGISTRATION_CLOSED', async () => {
    clock.set(new Date('2026-12-16T10:00:00Z'))
    const res = await change('enterprise-a', '张三丰', 1)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('REGISTRATION_CLOSED')
  })
})
