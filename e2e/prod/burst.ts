import pg from 'pg'
import { API, check, databaseUrl, fail, killHard, log, PORTAL, sleep, token, waitReady, WORKER } from './topology.js'

/**
 * prod-smoke step a: through nginx, a burst of appeal submissions (each with its Idempotency-Key) and
 * dispatches by the coordinator; mid-burst one API instance is SIGKILLed, later the worker; prod-up's
 * supervisor starts them again. Clients retry on network errors, 502, 503 and 504 with the same key
 * (a dispatch that reached the database before the crash answers 409 on the retry: the appeal is then
 * dispatched, which is what the client asked). Then, in SQL: every acknowledged appeal exists exactly
 * once, under its key; every appeal's status is its timeline's last state and every event follows the
 * one before; at most one dispatch event per appeal.
 */
const STEP = 'burst'
const N = Number(process.env.SMOKE_APPEALS ?? 160)
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY ?? 8)
const run = `smoke-${Date.now().toString(36)}`
const RETRYABLE = new Set([502, 503, 504])
const stats = { requests: 0, retries: 0, networkErrors: 0, byStatus: new Map<number, number>() }

async function send(method: string, url: string, user: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    stats.requests++
    try {
      const res = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${await token(user)}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(20_000),
      })
      stats.byStatus.set(res.status, (stats.byStatus.get(res.status) ?? 0) + 1)
      if (!RETRYABLE.has(res.status)) return res
      await res.arrayBuffer()
    } catch {
      stats.networkErrors++
    }
    if (attempt >= 40) fail(STEP, `${method} ${url} still failing after ${attempt} attempts`)
    stats.retries++
    await sleep(Math.min(2000, 100 * attempt))
  }
}

const users = ['enterprise-a', 'enterprise-b']
const acknowledged = new Map<string, { id: string; user: string }>()
const dispatched = new Set<string>()
let killedApi = false
let killedWorker = false
const restarts: Promise<void>[] = []

async function one(i: number): Promise<void> {
  const user = users[i % users.length]!
  const key = `${run}-${i}`
  const res = await send('POST', `${PORTAL}/api/appeals`, user, { categoryCode: 'land', title: `压力测试诉求 ${i}`, description: `生产拓扑冒烟测试 ${run} 第 ${i} 件` }, { 'idempotency-key': key })
  if (res.status !== 201 && res.status !== 200) fail(STEP, `submission ${key}: ${res.status} ${await res.text()}`)
  const appeal = (await res.json()) as { id: string }
  acknowledged.set(key, { id: appeal.id, user })
  const d = await send('POST', `${PORTAL}/api/appeals/${appeal.id}/dispatch`, 'coordinator', { leadBureau: 'planning', assistingBureaus: ['sheitc'], complexity: 'simple' })
  if (d.status === 200) {
    dispatched.add(appeal.id)
    return
  }
  if (d.status === 409) {
    const now = await send('GET', `${PORTAL}/api/appeals/${appeal.id}`, 'coordinator')
    const body = (await now.json()) as { status?: string }
    if (body.status === 'dispatched') {
      dispatched.add(appeal.id)
      return
    }
  }
  fail(STEP, `dispatch of ${appeal.id}: ${d.status} ${await d.text()}`)
}

async function chaos(): Promise<void> {
  if (!killedApi && acknowledged.size >= N * 0.3) {
    killedApi = true
    const pid = await killHard('api-1')
    log(STEP, `SIGKILL api-1 (pid ${pid}) after ${acknowledged.size} acknowledged submissions`)
    restarts.push(waitReady(`${API[0]}/api/health/ready`).then((ms) => log(STEP, `api-1 is back (ready ${(ms / 1000).toFixed(1)} s after the kill)`)))
  }
  if (!killedWorker && acknowledged.size >= N * 0.6) {
    killedWorker = true
    const pid = await killHard('worker')
    log(STEP, `SIGKILL worker (pid ${pid}) after ${acknowledged.size} acknowledged submissions`)
    restarts.push(waitReady(`${WORKER}/api/health/live`).then((ms) => log(STEP, `worker is back (live ${(ms / 1000).toFixed(1)} s after the kill)`)))
  }
}

async function main(): Promise<void> {
  for (const user of users) {
    const res = await send('GET', `${PORTAL}/api/enterprises/me`, user)
    if (!res.ok) fail(STEP, `${user}'s enterprise: ${res.status} ${await res.text()}`)
  }
  log(STEP, `${N} submissions (Idempotency-Key ${run}-<i>) by enterprise-a and enterprise-b, each dispatched by coordinator, ${CONCURRENCY} at a time, through nginx (${PORTAL})`)
  const started = Date.now()
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) {
        const i = next++
        await one(i)
        await chaos()
      }
    }),
  )
  const seconds = (Date.now() - started) / 1000
  log(STEP, `burst done in ${seconds.toFixed(1)} s: ${acknowledged.size} submissions and ${dispatched.size} dispatches acknowledged; ${stats.requests} requests, ${stats.retries} retried (${stats.networkErrors} network errors), statuses ${JSON.stringify(Object.fromEntries(stats.byStatus))}`)
  await Promise.all(restarts)
  check(STEP, killedApi && killedWorker, 'an API instance and the worker were killed mid-burst and came back')

  const db = new pg.Client({ connectionString: await databaseUrl() })
  await db.connect()
  try {
    const rows = (await db.query<{ idempotency_key: string; id: string; n: number }>(
      `SELECT idempotency_key, min(id::text) AS id, count(*)::int AS n FROM appeals WHERE idempotency_key LIKE $1 GROUP BY idempotency_key`,
      [`${run}-%`],
    )).rows
    const byKey = new Map(rows.map((r) => [r.idempotency_key, r]))
    const missing = [...acknowledged].filter(([k]) => !byKey.has(k))
    const twice = rows.filter((r) => r.n !== 1)
    const wrongId = [...acknowledged].filter(([k, v]) => byKey.get(k) && byKey.get(k)!.id !== v.id)
    check(STEP, missing.length === 0 && twice.length === 0 && wrongId.length === 0 && rows.length === acknowledged.size,
      `every acknowledged appeal exists exactly once (${acknowledged.size} acknowledged, ${rows.length} rows with the run's keys; missing ${missing.length}, duplicated ${twice.length}, other id ${wrongId.length})`)
    const { rows: [unexplained] } = await db.query<{ n: number; total: number }>(
      `SELECT count(*) FILTER (WHERE a.status IS DISTINCT FROM (SELECT e.to_status FROM appeal_events e WHERE e.appeal_id = a.id ORDER BY e.id DESC LIMIT 1))::int AS n, count(*)::int AS total FROM appeals a`,
    )
    check(STEP, unexplained!.n === 0, `every appeal's status is its timeline's last state (${unexplained!.total} appeals, ${unexplained!.n} not)`)
    const { rows: [broken] } = await db.query<{ n: number; events: number }>(
      `SELECT count(*) FILTER (WHERE prev IS NOT NULL AND from_status IS DISTINCT FROM prev)::int AS n, count(*)::int AS events
         FROM (SELECT from_status, lag(to_status) OVER (PARTITION BY appeal_id ORDER BY id) AS prev FROM appeal_events) t`,
    )
    check(STEP, broken!.n === 0, `every event starts where the one before ended (${broken!.events} events, ${broken!.n} not)`)
    const { rows: [double] } = await db.query<{ n: number; d: number }>(
      `SELECT count(*) FILTER (WHERE c > 1)::int AS n, count(*)::int AS d FROM (SELECT appeal_id, count(*) AS c FROM appeal_events WHERE action = 'dispatch' GROUP BY appeal_id) t`,
    )
    const { rows: [state] } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM appeals WHERE id = ANY($1::uuid[]) AND status = 'dispatched'`, [[...dispatched]])
    check(STEP, double!.n === 0 && state!.n === dispatched.size, `every acknowledged dispatch happened once (${dispatched.size} acknowledged, ${state!.n} dispatched in the database, ${double!.n} appeals with two dispatch events)`)
  } finally {
    await db.end()
  }
}

main().catch((e: unknown) => fail(STEP, e instanceof Error ? e.stack ?? e.message : String(e)))
