import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { query } from './helpers/sql.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * 确认享受 and the bureau's answer are each one transaction (issue 23 §3: all or nothing). A trigger
 * makes the last write of each fail — after the earlier steps have written in the same transaction —
 * and nothing of the attempt stays: no appeal without its application mark or its dispatch, no
 * answer without its outcome. Once the trigger is gone, the same request goes through whole.
 */
describe('免申即享: 确认享受 and the answer, each all or nothing', () => {
  let api: TestApp
  let uscc = ''
  const call = async (user: DemoUser, url: string, payload: object) => api.app.inject({ method: 'POST', url, headers: await authHeader(user), payload })
  const fail = (name: string, table: string, when: string) =>
    query(
      api.databaseUrl,
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure' USING ERRCODE = 'check_violation', CONSTRAINT = '${name}'; END $$;
       CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${name}();`,
    )
  const heal = (name: string, table: string) => query(api.databaseUrl, `DROP TRIGGER ${name} ON ${table}; DROP FUNCTION ${name}();`)

  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT: 'false' })
    // basic research becomes eligible for enterprise-a (an investment of 6000 万元)
    const headers = await authHeader('enterprise-a')
    const me = (await api.app.inject({ method: 'GET', url: '/api/enterprises/me', headers })).json()
    uscc = me.uscc
    const saved = await api.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers, payload: { version: me.version, facts: { basicResearchInvestment: 60_000_000 } } })
    expect(saved.statusCode).toBe(200)
  }, 90_000)
  afterAll(async () => {
    await api?.close()
  })

  let applicationId = ''
  it('a 确认享受 whose dispatch fails leaves no appeal, no timeline and no notice behind', async () => {
    await fail('fail_dispatch', 'appeal_events', `NEW.action = 'dispatch'`)
    const res = await call('enterprise-a', '/api/measure-push/me/confirm', { measureId: 'basic-research' })
    expect(res.statusCode).toBe(409)
    expect(await query(api.databaseUrl, `SELECT id, kind, status FROM appeals WHERE enterprise_uscc = $1`, [uscc])).toEqual([])
    expect(await query(api.databaseUrl, `SELECT action FROM appeal_events`)).toEqual([])
    expect(await query(api.databaseUrl, `SELECT kind FROM notifications WHERE appeal_id IS NOT NULL`)).toEqual([])
    await heal('fail_dispatch', 'appeal_events')

    const again = await call('enterprise-a', '/api/measure-push/me/confirm', { measureId: 'basic-research' })
    expect(again.statusCode, again.body).toBe(201)
    expect(again.json()).toMatchObject({ kind: 'application', status: 'dispatched', leadBureau: 'stcsm' })
    applicationId = again.json().id
    const events = await query<{ action: string }>(api.databaseUrl, `SELECT action FROM appeal_events WHERE appeal_id = $1 ORDER BY id`, [applicationId])
    expect(events.map((e) => e.action)).toEqual(['submit', 'dispatch'])
  })

  it('an answer whose notice fails leaves the application as it was: not accepted, not answered, no outcome', async () => {
    await fail('fail_answer_notice', 'notifications', `NEW.kind = 'application_answered'`)
    const res = await call('bureau-stcsm', `/api/applications/${applicationId}/answer`, { outcome: 'granted' })
    expect(res.statusCode).toBe(409)
    const [row] = await query(api.databaseUrl, `SELECT status, outcome, accepted_at, responded_at FROM appeals WHERE id = $1`, [applicationId])
    expect(row).toEqual({ status: 'dispatched', outcome: null, accepted_at: null, responded_at: null })
    const events = await query<{ action: string }>(api.databaseUrl, `SELECT action FROM appeal_events WHERE appeal_id = $1 ORDER BY id`, [applicationId])
    expect(events.map((e) => e.action)).toEqual(['submit', 'dispatch'])
    expect(await query(api.databaseUrl, `SELECT kind FROM notifications WHERE appeal_id = $1 AND kind IN ('accepted', 'responded')`, [applicationId])).toEqual([])
    await heal('fail_answer_notice', 'notifications')

    const again = await call('bureau-stcsm', `/api/applications/${applicationId}/answer`, { outcome: 'granted' })
    expect(again.statusCode).toBe(201)
    expect(again.json()).toMatchObject({ status: 'responded', outcome: 'granted' })
    const after = await query<{ action: string }>(api.databaseUrl, `SELECT action FROM appeal_events WHERE appeal_id = $1 ORDER BY id`, [applicationId])
    expect(after.map((e) => e.action)).toEqual(['submit', 'dispatch', 'accept', 'respond'])
    const told = await query(api.databaseUrl, `SELECT audience_id FROM notifications WHERE appeal_id = $1 AND kind = 'application_answered'`, [applicationId])
    expect(told).toEqual([{ audience_id: uscc }])
  })
})
