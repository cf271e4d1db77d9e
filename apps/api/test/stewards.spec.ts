/**
 * Stewards as coordinator accounts: the migration that links today's free-text stewards (matched and
 * unmatched rows), and a coordinator's inbox that leads with the appeals of their own enterprises,
 * paged with a keyset across the boundary between the two parts.
 */
import pg from 'pg'
import { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataSourceOptions } from '../src/database/data-source.js'
import { migrations } from '../src/database/migrations/index.js'
import { StewardAccounts1795976563523 } from '../src/database/migrations/1795976563523-StewardAccounts.js'
import { usccCheckCharacter } from '../src/enterprises/uscc.js'
import { createTestDatabase, startTestApp, type TestApp } from './helpers/app.js'
import { signedIn } from './helpers/directory.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

function uscc(n: number): string {
  const first17 = `91310000MA1${String(n).padStart(6, '0')}`
  return first17 + usccCheckCharacter(first17)
}

describe('the migration to steward accounts', () => {
  const before = migrations.slice(0, migrations.indexOf(StewardAccounts1795976563523))
  let url = ''
  let db: pg.Client

  beforeAll(async () => {
    url = await createTestDatabase()
    const old = new DataSource(dataSourceOptions(url, { migrations: before }))
    await old.initialize()
    await old.runMigrations({ transaction: 'each' })
    await old.destroy()
    db = new pg.Client({ connectionString: url })
    await db.connect()
    // the directory: two coordinators, a bureau officer whose name is a steward's, two coordinators of one name
    await db.query(`INSERT INTO users (sub, username, name, email, roles, first_seen_at, last_seen_at) VALUES
      ('s-chen', 'coordinator', '陈晓东', 'chen@x.cn', '{coordinator}', now(), now()),
      ('s-wang', 'wangfang', '王芳', 'wang@x.cn', '{coordinator,admin}', now(), now()),
      ('s-zhao', 'bureau-zhao', '赵立新', NULL, '{bureau_officer}', now(), now()),
      ('s-li-1', 'limin1', '李敏', NULL, '{coordinator}', now(), now()),
      ('s-li-2', 'limin2', '李敏', NULL, '{coordinator}', now(), now()),
      ('s-sun', 'sunhy', '海燕 孙', NULL, '{coordinator}', now(), now())`)
    const stewards: [number, string | null, string | null, string | null][] = [
      [1, '陈晓东', '021-1', 'old@x.cn'], // by name
      [2, ' wangfang ', '021-2', null], // by username, trimmed
      [3, '张三', '021-3', 'zhang@x.cn'], // nobody: legacy
      [4, '赵立新', '021-4', null], // a bureau officer, not a coordinator: legacy
      [5, '李敏', '021-5', null], // two coordinators of that name: ambiguous, legacy
      [6, null, null, null], // no steward
      [7, '  ', null, null], // a blank free text is no steward
      [8, '孙海燕', '021-8', null], // the name claim "海燕 孙" as people write it
    ]
    for (const [n, name, phone, email] of stewards) {
      await db.query(`INSERT INTO enterprises (uscc, name, facts, is_key, steward_name, steward_phone, steward_email, steward_assigned_by, version) VALUES ($1, $2, '{}', false, $3, $4, $5, 'coordinator', 1)`, [
        uscc(n),
        `企业${n}`,
        name,
        phone,
        email,
      ])
    }
    const now = new DataSource(dataSourceOptions(url))
    await now.initialize()
    // the steward migration runs next (later migrations, if any, after it)
    expect((await now.runMigrations({ transaction: 'each' })).map((m) => m.name)[0]).toBe(StewardAccounts1795976563523.name)
    await now.destroy()
  })
  afterAll(async () => db?.end())

  const state = async () =>
    (await db.query(`SELECT right(uscc, 7) AS n, steward_sub, steward_phone, steward_legacy_name, steward_legacy_email FROM enterprises ORDER BY uscc`)).rows.map((r) => [
      r.steward_sub,
      r.steward_phone,
      r.steward_legacy_name,
      r.steward_legacy_email,
    ])

  it('links exact matches by name or username to the coordinator account, keeps the others as legacy values, and keeps every phone', async () => {
    expect(await state()).toEqual([
      ['s-chen', '021-1', null, null],
      ['s-wang', '021-2', null, null],
      [null, '021-3', '张三', 'zhang@x.cn'],
      [null, '021-4', '赵立新', null],
      [null, '021-5', '李敏', null],
      [null, null, null, null],
      [null, null, null, null],
      ['s-sun', '021-8', null, null],
    ])
  })

  it('indexes the new column and refuses a steward who is not in the directory (foreign key)', async () => {
    const index = await db.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'enterprises' AND indexname = 'enterprises_by_steward'`)
    expect(index.rows[0].indexdef).toContain('(steward_sub)')
    await expect(db.query(`UPDATE enterprises SET steward_sub = 'nobody' WHERE uscc = $1`, [uscc(6)])).rejects.toThrow(/enterprises_steward_fk/)
  })

  it('goes back down to free text (the account’s name and e-mail) without losing a steward', async () => {
    const ds = new DataSource(dataSourceOptions(url))
    await ds.initialize()
    // undo the later migrations, if any, then the steward migration itself
    for (let i = migrations.indexOf(StewardAccounts1795976563523); i < migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' })
    const rows = (await db.query(`SELECT steward_name, steward_phone, steward_email FROM enterprises ORDER BY uscc`)).rows
    expect(rows.slice(0, 5)).toEqual([
      { steward_name: '陈晓东', steward_phone: '021-1', steward_email: 'chen@x.cn' },
      { steward_name: '王芳', steward_phone: '021-2', steward_email: 'wang@x.cn' },
      { steward_name: '张三', steward_phone: '021-3', steward_email: 'zhang@x.cn' },
      { steward_name: '赵立新', steward_phone: '021-4', steward_email: null },
      { steward_name: '李敏', steward_phone: '021-5', steward_email: null },
    ])
    await ds.runMigrations({ transaction: 'each' })
    await ds.destroy()
    expect((await state()).slice(0, 2)).toEqual([
      ['s-chen', '021-1', null, null],
      ['s-wang', '021-2', null, null],
    ])
  })
})

describe('a coordinator’s inbox leads with the appeals of their own enterprises', () => {
  let t: TestApp
  let db: pg.Client
  const mineUsccs = [uscc(101), uscc(102)]
  const otherUsccs = [uscc(201), uscc(202), uscc(203)]
  /** appeal ids by enterprise group, newest first */
  const mine: string[] = []
  const others: string[] = []

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    db = new pg.Client({ connectionString: t.databaseUrl })
    await db.connect()
    const [chen, wang] = await signedIn(t.app, ['coordinator', 'coordinator-2'])
    for (const u of [...mineUsccs, ...otherUsccs]) {
      await db.query(`INSERT INTO enterprises (uscc, name, facts, is_key, steward_sub, steward_phone, version) VALUES ($1, $2, '{}', false, $3, '021-1', 1)`, [u, `企业${u.slice(-4)}`, mineUsccs.includes(u) ? chen : otherUsccs[0] === u ? wang : null])
    }
    // 7 appeals of the coordinator's enterprises and 9 of others, interleaved in time (one a minute)
    for (let i = 0; i < 16; i++) {
      const own = i % 2 === 0 && i < 14
      const enterprise = own ? mineUsccs[i % mineUsccs.length]! : otherUsccs[i % otherUsccs.length]!
      const status = i % 3 === 0 ? 'submitted' : i % 3 === 1 ? 'closed' : 'in_progress'
      const { rows } = await db.query(
        `INSERT INTO appeals (number, enterprise_uscc, created_by_sub, created_by_username, category_code, title, description, status, created_at, updated_at, version)
         VALUES ($1, $2, 's', 'e', 'rnd', $3, 'd', $4, now() - make_interval(mins => $5), now(), 1) RETURNING id`,
        [`SQ-2026-${String(900 + i).padStart(6, '0')}`, enterprise, `诉求${i}`, status, 100 - i],
      )
      ;(own ? mine : others).unshift(rows[0].id)
    }
  })
  afterAll(async () => {
    await db?.end()
    await t?.close()
  })

  const list = async (query: string, user: DemoUser = 'coordinator') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/appeals?${query}`, headers: await authHeader(user) })
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { items: { id: string; mine: boolean }[]; nextCursor: string | null }
  }
  const all = async (query: string, user: DemoUser = 'coordinator') => {
    const ids: string[] = []
    const pages: number[] = []
    let cursor: string | null = null
    do {
      const page = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`, user)
      ids.push(...page.items.map((a) => a.id))
      pages.push(page.items.length)
      cursor = page.nextCursor
    } while (cursor && pages.length < 20)
    return { ids, pages }
  }

  it('puts their enterprises’ appeals first, each part newest first, and marks them', async () => {
    const page = await list('limit=100')
    expect(page.items.map((a) => a.id)).toEqual([...mine, ...others])
    expect(page.items.map((a) => a.mine)).toEqual([...mine.map(() => true), ...others.map(() => false)])
    expect(page.nextCursor).toBeNull()
  })

  it.each([1, 3, 5, 7, 8, 16])('pages %i at a time across the boundary without losing or repeating one', async (limit) => {
    const { ids, pages } = await all(`limit=${limit}`)
    expect(ids).toEqual([...mine, ...others])
    expect(pages.slice(0, -1).every((n) => n === limit)).toBe(true)
  })

  it('keeps each part in the sort asked for (oldest first)', async () => {
    const { ids } = await all('limit=4&sort=created_asc')
    expect(ids).toEqual([...[...mine].reverse(), ...[...others].reverse()])
  })

  it('keeps the leading part with the other filters (status)', async () => {
    const { ids } = await all('limit=2&status=submitted,in_progress')
    const open = async (set: string[]) => (await db.query(`SELECT id FROM appeals WHERE id = ANY($1) AND status <> 'closed'`, [set])).rows.map((r) => r.id as string)
    const [m, o] = [await open(mine), await open(others)]
    expect(ids).toEqual([...mine.filter((id) => m.includes(id)), ...others.filter((id) => o.includes(id))])
  })

  it('one list by date with mineFirst=false; only theirs with mine=true (我负责的企业), only the others with mine=false', async () => {
    const byDate = (await db.query(`SELECT id FROM appeals ORDER BY created_at DESC, id DESC`)).rows.map((r) => r.id)
    expect((await all('limit=5&mineFirst=false')).ids).toEqual(byDate)
    expect((await all('limit=3&mine=true')).ids).toEqual(mine)
    expect((await all('limit=3&mine=false')).ids).toEqual(others)
  })

  it('leads with coordinator-2’s own enterprise for coordinator-2, and with nothing for an admin', async () => {
    const own = (await db.query(`SELECT id FROM appeals WHERE enterprise_uscc = $1 ORDER BY created_at DESC, id DESC`, [otherUsccs[0]])).rows.map((r) => r.id)
    expect((await all('limit=4', 'coordinator-2')).ids.slice(0, own.length)).toEqual(own)
    const byDate = (await db.query(`SELECT id FROM appeals ORDER BY created_at DESC, id DESC`)).rows.map((r) => r.id)
    expect((await all('limit=4', 'admin')).ids).toEqual(byDate)
  })

  it('refuses a cursor of another list shape with 400 naming cursor', async () => {
    const twoPart = (await list('limit=2')).nextCursor!
    const onePart = (await list('limit=2&mineFirst=false')).nextCursor!
    for (const [query, cursor] of [['limit=2&mineFirst=false', twoPart], ['limit=2', onePart]]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/appeals?${query}&cursor=${cursor}`, headers: await authHeader('coordinator') })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'cursor', code: 'INVALID' }] })
    }
  })

  it('counts 我负责的企业的诉求 (open ones) for the 工作台', async () => {
    const expected = (await db.query(`SELECT count(*)::int AS n FROM appeals WHERE id = ANY($1) AND status IN ('submitted', 'dispatched', 'in_progress')`, [mine])).rows[0].n
    const counts = await t.app.inject({ method: 'GET', url: '/api/appeals/counts', headers: await authHeader('coordinator') })
    expect(counts.json().mine).toBe(expected)
    expect(expected).toBeGreaterThan(0)
    const admin = await t.app.inject({ method: 'GET', url: '/api/appeals/counts', headers: await authHeader('admin') })
    expect(admin.json().mine).toBe(0)
  })

  it('marks an appeal of their enterprise as theirs in its detail too', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/appeals/${mine[0]}`, headers: await authHeader('coordinator') })
    expect(res.json().mine).toBe(true)
    const other = await t.app.inject({ method: 'GET', url: `/api/appeals/${others[0]}`, headers: await authHeader('coordinator') })
    expect(other.json().mine).toBe(false)
  })

  it('reads the leading part through the steward index and the per-enterprise appeals index', async () => {
    const [{ sub }] = (await db.query(`SELECT sub FROM users WHERE username = 'coordinator'`)).rows
    await db.query('SET enable_seqscan = off') // a tiny table: ask which indexes the plan can use
    const plan = (
      await db.query(
        `EXPLAIN SELECT a.id FROM appeals a WHERE a.enterprise_uscc IN (SELECT se.uscc FROM enterprises se WHERE se.steward_sub = $1) ORDER BY a.created_at DESC, a.id DESC LIMIT 21`,
        [sub],
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n')
    await db.query('RESET enable_seqscan')
    expect(plan).toContain('enterprises_by_steward')
    expect(plan).toMatch(/appeals_by_enterprise|appeals_by_created/)
  })
})
