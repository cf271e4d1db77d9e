import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogues } from '@servicepack/policy-rules'
import { recountStats, storedStats } from '../src/appeals/appeal-stats-recount.js'
import { CalendarService } from '../src/calendar/calendar.service.js'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * The administrators' catalogues against the real API: routing (the next suggestion follows it, an
 * appeal already dispatched keeps its bureaus), the deadline policy and the calendar (only deadlines
 * set afterwards follow a change), response templates, and the audit trail of every change.
 */
describe('the administrators’ catalogues', () => {
  let t: TestApp
  // Monday 21 December 2026, 10:00 in Shanghai; the next 60 days reach into 2027, which chinese-days does not know.
  const clock = new FixedClock(new Date('2026-12-21T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  const submit = async (categoryCode: string, extra: object = {}) => (await call('enterprise-b', 'POST', '/api/appeals', { categoryCode, title: `${categoryCode} 诉求`, description: '说明', ...extra })).json().id as string
  const detail = async (id: string) => (await call('coordinator', 'GET', `/api/appeals/${id}`)).json()
  const dispatch = async (id: string, leadBureau: string, assistingBureaus: string[] = [], complexity = 'simple') => {
    const res = await call('coordinator', 'POST', `/api/appeals/${id}/dispatch`, { leadBureau, assistingBureaus, complexity })
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }
  const changes = async (catalogue: string) => (await call('admin', 'GET', `/api/admin/changes?catalogue=${catalogue}`)).json().items as { actorUsername: string; entryKey: string; action: string; before: unknown; after: unknown; at: string }[]

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-b', 'PUT', '/api/enterprises/me', { facts: { district: 'minhang' } })
  })
  afterAll(async () => t?.close())

  describe('routing catalogue', () => {
    it('is the action plan’s default until an administrator changes it; only admins change it', async () => {
      const res = await call('admin', 'GET', '/api/admin/routing')
      expect(res.statusCode).toBe(200)
      const land = res.json().find((e: { categoryCode: string }) => e.categoryCode === 'land')
      expect(land).toEqual({ categoryCode: 'land', lead: 'planning', assisting: ['sheitc'], districtGovernment: true, default: { lead: 'planning', assisting: ['sheitc'], districtGovernment: true }, overridden: false, version: 0, updatedAt: null, updatedBy: null, updatedByName: null })
      expect(res.json()).toHaveLength(catalogues.appealCategories.length)
      expect((await call('coordinator', 'GET', '/api/admin/routing')).statusCode).toBe(200)
      expect((await call('bureau-planning', 'GET', '/api/admin/routing')).statusCode).toBe(403)
      const entry = { categoryCode: 'land', lead: 'sheitc', assisting: [], districtGovernment: false, version: 0 }
      expect((await call('coordinator', 'PUT', '/api/admin/routing', { entries: [entry] })).statusCode).toBe(403)
      const both = await call('admin', 'PUT', '/api/admin/routing', { entries: [{ ...entry, assisting: ['sheitc'] }] })
      expect(both.statusCode).toBe(400)
      expect(both.json().details.map((d: { field: string }) => d.field)).toEqual(['entries.0.assisting'])
    })

    it('a change takes effect for the next dispatch suggestion, and not for appeals already dispatched', async () => {
      const dispatchedBefore = await submit('land')
      expect((await detail(dispatchedBefore)).suggestedRouting).toEqual({ lead: 'planning', assisting: ['sheitc', 'gov-minhang'] })
      await dispatch(dispatchedBefore, 'planning', ['sheitc', 'gov-minhang'])
      const waiting = await submit('land')
      const aboutMeasure = await submit('land', { measureId: 'basic-research' })

      const res = await call('admin', 'PUT', '/api/admin/routing', { entries: [{ categoryCode: 'land', lead: 'gov-minhang', assisting: ['planning'], districtGovernment: false, version: 0 }] })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json().find((e: { categoryCode: string }) => e.categoryCode === 'land')).toMatchObject({ lead: 'gov-minhang', assisting: ['planning'], overridden: true, version: 1, updatedBy: 'admin' })

      // the appeal waiting for a dispatch is suggested the new bureaus; one about a measure still its measure's
      expect((await detail(waiting)).suggestedRouting).toEqual({ lead: 'gov-minhang', assisting: ['planning'] })
      expect((await detail(aboutMeasure)).suggestedRouting).toEqual({ lead: 'stcsm', assisting: ['sheitc', 'sasac', 'commerce'] })
      // the appeal dispatched before keeps its bureaus, and is suggested nothing (it waits for no dispatch)
      const kept = await detail(dispatchedBefore)
      expect(kept).toMatchObject({ status: 'dispatched', leadBureau: 'planning', assistingBureaus: ['sheitc', 'gov-minhang'], suggestedRouting: null })
      // returned by its bureau, it waits for its next dispatch: that one follows the new catalogue
      expect((await call('bureau-planning', 'POST', `/api/appeals/${dispatchedBefore}/return`, { reason: '请区政府牵头' })).statusCode).toBe(200)
      expect((await detail(dispatchedBefore)).suggestedRouting).toEqual({ lead: 'gov-minhang', assisting: ['planning'] })
    })

    it('refuses a stale version, resets to the default, and audits every change', async () => {
      const stale = await call('admin', 'PUT', '/api/admin/routing', { entries: [{ categoryCode: 'land', lead: 'hrss', assisting: [], districtGovernment: false, version: 0 }] })
      expect(stale.statusCode).toBe(409)
      expect(stale.json().code).toBe('CONFLICT')
      const reset = await call('admin', 'DELETE', '/api/admin/routing/land')
      expect(reset.statusCode).toBe(200)
      expect(reset.json().find((e: { categoryCode: string }) => e.categoryCode === 'land')).toMatchObject({ lead: 'planning', overridden: false, version: 2 })
      // a reset of a default records nothing; an unknown category is a 404
      await call('admin', 'DELETE', '/api/admin/routing/land')
      expect((await call('admin', 'DELETE', '/api/admin/routing/nope')).statusCode).toBe(404)
      const trail = await changes('routing')
      expect(trail.map((c) => [c.actorUsername, c.entryKey, c.action])).toEqual([['admin', 'land', 'reset'], ['admin', 'land', 'update']])
      expect(trail[1]).toMatchObject({ before: { lead: 'planning', assisting: ['sheitc'], districtGovernment: true }, after: { lead: 'gov-minhang', assisting: ['planning'], districtGovernment: false }, at: '2026-12-21T02:00:00.000Z' })
      expect((await call('coordinator', 'GET', '/api/admin/changes')).statusCode).toBe(403)
      // the trail is append-only
      await expect(t.app.get(CalendarService)['db'].query(`DELETE FROM catalogue_changes`)).rejects.toThrow(/append-only/)
    })
  })

  describe('deadline policy', () => {
    it('replaces the environment’s default; deadlines already set stay, new ones follow it', async () => {
      const initial = (await call('admin', 'GET', '/api/admin/deadline-policy')).json()
      expect(initial).toMatchObject({ acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, openDataDays: 3, overridden: false, version: 0, appliesTo: 'new-deadlines-only' })
      const before = await dispatch(await submit('labour'), 'hrss')
      // Monday 21 December: 5 working days → Monday 28 December, 24:00 Shanghai
      expect(before.answerDueAt).toBe('2026-12-28T16:00:00.000Z')

      const res = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 2, simpleDays: 3, complexDays: 10, rateDays: 7, reminderHours: 8, version: 0 })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ acceptDays: 2, simpleDays: 3, overridden: true, version: 1, defaults: { simpleDays: 5 }, updatedBy: 'admin' })

      expect((await detail(before.id)).answerDueAt).toBe('2026-12-28T16:00:00.000Z')
      const after = await dispatch(await submit('labour'), 'hrss')
      expect(after.acceptDueAt).toBe('2026-12-23T16:00:00.000Z')
      expect(after.answerDueAt).toBe('2026-12-24T16:00:00.000Z')

      expect((await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: 0 })).statusCode).toBe(409)
      const contradictory = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 4, simpleDays: 3, complexDays: 2, rateDays: 5, reminderHours: 4, version: 1 })
      expect(contradictory.statusCode).toBe(400)
      expect(contradictory.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['acceptDays', 'simpleDays'])
      expect((await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 0, simpleDays: 3, complexDays: 10, rateDays: 5, reminderHours: 4, version: 1 })).statusCode).toBe(400)
      expect((await call('coordinator', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: 1 })).statusCode).toBe(403)
      expect(await changes('deadline-policy')).toEqual([
        expect.objectContaining({ entryKey: 'policy', action: 'set', before: { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 1, openDataDays: 3 }, after: { acceptDays: 2, simpleDays: 3, complexDays: 10, rateDays: 7, reminderHours: 8, dueSoonDays: 1, openDataDays: 3 } }),
      ])
      // back to the 1515 default for the calendar tests
      expect((await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: 1 })).statusCode).toBe(200)
    })
  })

  describe('working-day calendar', () => {
    it('shows a year, warns while the next 60 days are not covered, and imports the State Council’s notice', async () => {
      const y2027 = (await call('admin', 'GET', '/api/admin/calendar/2027')).json()
      expect(y2027).toMatchObject({ year: 2027, covered: 0, knownToLibrary: false, uncoveredFrom: '2027-01-01' })
      expect(y2027.days).toHaveLength(365)
      expect(y2027.days[0]).toEqual({ date: '2027-01-01', working: true, name: null, source: null })
      const health = (await t.app.inject({ method: 'GET', url: '/api/health' })).json()
      expect(health.details.calendar).toMatchObject({ status: 'degraded', uncoveredFrom: '2027-01-01' })

      const load = await call('admin', 'POST', '/api/admin/calendar/2027/load', {})
      expect(load.statusCode).toBe(409)
      expect(load.json().code).toBe('CALENDAR_YEAR_UNKNOWN')
      const bad = await call('admin', 'POST', '/api/admin/calendar/2027/import', { text: '2027-01-01 休 元旦\n2027-02-30 休\n2028-01-01 休' })
      expect(bad.statusCode).toBe(400)
      expect(bad.json().details.map((d: { field: string; messages: string[] }) => d.messages[0])).toEqual(['line 2 (date): 2027-02-30 休', 'line 3 (year): 2028-01-01 休'])

      const notice = ['2027-01-01 休 元旦', '2027-02-06 休 春节', '2027-02-07 班 春节', '2027-02-08 休 春节'].join('\n')
      const imported = await call('admin', 'POST', '/api/admin/calendar/2027/import', { text: notice })
      expect(imported.statusCode, imported.body).toBe(200)
      expect(imported.json()).toMatchObject({ changed: 365, calendar: { covered: 365, uncoveredFrom: null } })
      const days = new Map(imported.json().calendar.days.map((d: { date: string }) => [d.date, d]))
      expect(days.get('2027-02-07')).toEqual({ date: '2027-02-07', working: true, name: '春节', source: 'import' })
      expect(days.get('2027-01-04')).toEqual({ date: '2027-01-04', working: true, name: null, source: 'import' })
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).json().details.calendar.status).toBe('up')
      // the same notice again changes nothing
      expect((await call('admin', 'POST', '/api/admin/calendar/2027/import', { text: notice })).json().changed).toBe(0)
      expect((await call('coordinator', 'POST', '/api/admin/calendar/2027/import', { text: notice })).statusCode).toBe(403)
      expect((await call('admin', 'GET', '/api/admin/calendar/1999')).statusCode).toBe(400)
    })

    it('a day set as a holiday moves the deadlines set afterwards, not those already set; the 三率 stay as counted', async () => {
      const early = await dispatch(await submit('labour'), 'hrss')
      expect(early.acceptDueAt).toBe('2026-12-22T16:00:00.000Z') // within 1 working day: Tuesday 22 December
      const res = await call('admin', 'PUT', '/api/admin/calendar/2026/days/2026-12-22', { working: false, name: '临时调休' })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json().days.find((d: { date: string }) => d.date === '2026-12-22')).toEqual({ date: '2026-12-22', working: false, name: '临时调休', source: 'admin' })

      expect((await detail(early.id)).acceptDueAt).toBe('2026-12-22T16:00:00.000Z')
      const late = await dispatch(await submit('labour'), 'hrss')
      expect(late.acceptDueAt).toBe('2026-12-23T16:00:00.000Z')

      // answered after the change, then the day edited back: the counts still equal a recount of the timeline
      const answered = await dispatch(await submit('other'), 'sheitc')
      clock.advance(3 * 86_400_000) // Thursday 24 December
      expect((await call('bureau-sheitc', 'POST', `/api/appeals/${answered.id}/accept`)).statusCode).toBe(200)
      expect((await call('bureau-sheitc', 'POST', `/api/appeals/${answered.id}/respond`, { body: '已按政策答复企业，请查收。' })).statusCode).toBe(200)
      const db = t.app.get(CalendarService)['db']
      await call('admin', 'PUT', '/api/admin/calendar/2026/days/2026-12-22', { working: true, name: null })
      const calendar = await t.app.get(CalendarService).calendar()
      const plain = (m: Awaited<ReturnType<typeof storedStats>>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v.counters, days: Object.fromEntries(v.answerDays) }]))
      expect(plain(await storedStats(db))).toEqual(plain(await recountStats(db, calendar)))
      expect((await changes('calendar')).map((c) => [c.entryKey, c.action])).toEqual([['2026-12-22', 'update'], ['2026-12-22', 'update'], ['2027', 'import']])
    })

    it('loads a year the library knows: missing days only, or replacing edits', async () => {
      await call('admin', 'PUT', '/api/admin/calendar/2026/days/2026-12-24', { working: false, name: '测试' })
      expect((await call('admin', 'POST', '/api/admin/calendar/2026/load', {})).json().changed).toBe(0)
      const replaced = await call('admin', 'POST', '/api/admin/calendar/2026/load', { replace: true })
      expect(replaced.json().changed).toBe(1)
      expect(replaced.json().calendar.days.find((d: { date: string }) => d.date === '2026-12-24')).toMatchObject({ working: true, source: 'chinese-days' })
    })
  })

  describe('response templates', () => {
    it('admins keep them per bureau (audited); a bureau officer reads its own bureau’s only', async () => {
      const created = await call('admin', 'POST', '/api/admin/response-templates', { bureau: 'planning', title: '用地指标答复', body: '您好，关于用地指标……' })
      expect(created.statusCode, created.body).toBe(201)
      const tpl = created.json()
      await call('admin', 'POST', '/api/admin/response-templates', { bureau: 'stcsm', title: '研发投入答复', body: '您好……' })
      expect((await call('bureau-planning', 'GET', '/api/response-templates?bureau=stcsm')).json().map((x: { title: string }) => x.title)).toEqual(['用地指标答复'])
      expect((await call('bureau-planning', 'GET', '/api/admin/response-templates')).statusCode).toBe(403)
      expect((await call('admin', 'GET', '/api/admin/response-templates')).json()).toHaveLength(2)
      expect((await call('coordinator', 'POST', '/api/admin/response-templates', { bureau: 'planning', title: 'x', body: 'y' })).statusCode).toBe(403)

      const updated = await call('admin', 'PUT', `/api/admin/response-templates/${tpl.id}`, { bureau: 'planning', title: '用地指标答复（新）', body: '新的答复', version: tpl.version })
      expect(updated.statusCode).toBe(200)
      expect((await call('admin', 'PUT', `/api/admin/response-templates/${tpl.id}`, { bureau: 'planning', title: '旧', body: '旧', version: tpl.version })).statusCode).toBe(409)
      expect((await call('admin', 'DELETE', `/api/admin/response-templates/${tpl.id}`)).statusCode).toBe(204)
      expect((await call('admin', 'DELETE', `/api/admin/response-templates/${tpl.id}`)).statusCode).toBe(404)
      const trail = await changes('response-templates')
      expect(trail.filter((c) => c.entryKey === tpl.id).map((c) => [c.action, c.before, c.after])).toEqual([
        ['delete', { bureau: 'planning', title: '用地指标答复（新）', body: '新的答复' }, null],
        ['update', { bureau: 'planning', title: '用地指标答复', body: '您好，关于用地指标……' }, { bureau: 'planning', title: '用地指标答复（新）', body: '新的答复' }],
        ['create', null, { bureau: 'planning', title: '用地指标答复', body: '您好，关于用地指标……' }],
      ])
    })
  })
})
