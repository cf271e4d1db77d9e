/**
 * Each feature's two statements of who may see what must agree: the SQL scope that lists and counts
 * use (appealScope, noticeScope, enterpriseScope) and the check that `findVisible` applies when one
 * record is loaded by id (appeal-access.ts, notice-access.ts, enterprise-access.ts). Over a generated
 * population — every record state the visibility rules read — and every role (with and without its
 * claim, and in combination), the ids the scope's SQL returns must be exactly the ids findVisible
 * admits. A record listed but not openable (or openable but never listed) fails here.
 */
import { ROLES, type Role } from '../src/auth/principal.js'
import type { Viewer } from '../src/auth/viewer.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DataSource, type EntityManager } from 'typeorm'
import { appealScope } from '../src/appeals/appeal-access.js'
import { appealViewer, findVisible as findVisibleAppeal } from '../src/appeals/appeal-records.js'
import { APPEAL_STATUSES } from '../src/appeals/appeal-state.js'
import { enterpriseScope } from '../src/enterprises/enterprise-access.js'
import { findVisible as findVisibleEnterprise } from '../src/enterprises/enterprise-records.js'
import { noticeScope } from '../src/notices/notice-access.js'
import { findVisible as findVisibleNotice, noticeViewer } from '../src/notices/notice-records.js'
import { NOTICE_STATUSES, REGISTRATION_STATUSES } from '../src/notices/notice-state.js'
import { startTestApp, type TestApp } from './helpers/app.js'

const E1 = '91310115MA1K4C7L8X'
const E2 = '91310000MA1FL5XY2K'
const E3 = '91310000MA1FL6AB3C'
const BUREAUS = ['planning', 'stcsm', 'sheitc'] as const
const ASSOCIATIONS = ['sh-ic-association', 'sh-biomedicine-association'] as const

/** Every role with each value of the claim its rules read (and none), and the combinations that exist. */
function viewers(): { name: string; viewer: Viewer }[] {
  const make = (roles: Role[], claims: { uscc?: string | null; bureau?: string | null; association?: string | null } = {}): { name: string; viewer: Viewer } => ({
    name: `${roles.join('+')}${claims.uscc !== undefined ? ` uscc=${claims.uscc}` : ''}${claims.bureau !== undefined ? ` bureau=${claims.bureau}` : ''}${claims.association !== undefined ? ` association=${claims.association}` : ''}`,
    viewer: {
      principal: { sub: `sub-${roles.join('-')}`, username: 'u', name: null, email: null, roles, enterpriseUscc: claims.uscc ?? null, bureau: claims.bureau ?? null, association: claims.association ?? null },
      roles,
      boundUscc: claims.uscc ?? null,
    },
  })
  const out = [make([])]
  for (const role of ROLES) {
    switch (role) {
      case 'enterprise':
        for (const uscc of [E1, E2, E3, null]) out.push(make([role], { uscc }))
        break
      case 'bureau_officer':
        for (const bureau of [...BUREAUS, null]) out.push(make([role], { bureau }))
        break
      case 'association':
        for (const association of [...ASSOCIATIONS, null]) out.push(make([role], { association }))
        break
      default:
        out.push(make([role]))
    }
  }
  out.push(make(['enterprise', 'bureau_officer'], { uscc: E2, bureau: 'stcsm' }))
  out.push(make(['association', 'enterprise'], { uscc: E1, association: ASSOCIATIONS[1] }))
  out.push(make(['bureau_officer', 'coordinator'], { bureau: 'planning' }))
  return out
}

async function scopedIds(em: EntityManager, table: string, alias: string, key: string, scope: { sql: string; params: Record<string, unknown> } | null | false): Promise<string[]> {
  if (scope === false) return []
  const qb = em.createQueryBuilder().select(`${alias}.${key}`, 'id').from(table, alias)
  if (scope) qb.where(scope.sql, scope.params)
  return (await qb.getRawMany<{ id: string }>()).map((r) => r.id).sort()
}

async function admitted(ids: readonly string[], find: (id: string) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  for (const id of ids) {
    try {
      await find(id)
      seen.push(id)
    } catch (e) {
      if ((e as { getStatus?: () => number }).getStatus?.() !== 404) throw e
    }
  }
  return seen.sort()
}

describe('scopes agree with checks (every role × every record state, on PostgreSQL)', () => {
  let t: TestApp
  let em: EntityManager
  const appealIds: string[] = []
  const noticeIds: string[] = []
  const enterpriseIds = [E1, E2, E3]

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    em = t.app.get(DataSource).manager
    for (const uscc of enterpriseIds) await em.query(`INSERT INTO enterprises (uscc, name, version) VALUES ($1, $2, 1)`, [uscc, `企业 ${uscc}`])

    // appeals: every status × enterprise × who leads and who assists (none, one, the others)
    const handlers: [string | null, string[]][] = [[null, []], ['planning', []], ['stcsm', ['planning']], ['sheitc', ['stcsm', 'planning']], [null, ['sheitc']]]
    let n = 0
    for (const uscc of [E1, E2]) {
      for (const status of APPEAL_STATUSES) {
        for (const [lead, assisting] of handlers) {
          n += 1
          const [{ id }] = await em.query(
            `INSERT INTO appeals (number, enterprise_uscc, created_by_sub, created_by_username, category_code, title, description, status, lead_bureau, assisting_bureaus, version, created_at, updated_at)
             VALUES ($1, $2, 's', 'u', 'land', 't', 'd', $3, $4, $5, 1, now(), now()) RETURNING id`,
            [`SQ-T-${String(n).padStart(6, '0')}`, uscc, status, lead, assisting],
          )
          appealIds.push(id)
        }
      }
    }

    // notices: every status × association × whether E1 was reached × E1's registration (none or any status); E2 reached by half
    const registrations = [null, ...REGISTRATION_STATUSES]
    for (const status of NOTICE_STATUSES) {
      for (const association of ASSOCIATIONS) {
        for (const reached of [false, true]) {
          for (const registration of registrations) {
            const [{ id }] = await em.query(
              `INSERT INTO notices (association, created_by_sub, created_by_username, title, body, kind, starts_at, ends_at, capacity, registration_deadline, status, created_at, updated_at, version)
               VALUES ($1, 's', 'u', 't', 'b', 'training', now() + interval '2 days', now() + interval '3 days', 10, now() + interval '1 day', $2, now(), now(), 1) RETURNING id`,
              [association, status],
            )
            noticeIds.push(id)
            if (reached) await em.query(`INSERT INTO notice_audience (notice_id, enterprise_uscc, reached_at) VALUES ($1, $2, now())`, [id, E1])
            if (noticeIds.length % 2 === 0) await em.query(`INSERT INTO notice_audience (notice_id, enterprise_uscc, reached_at) VALUES ($1, $2, now())`, [id, E2])
            if (registration) {
              await em.query(`INSERT INTO notice_registrations (notice_id, enterprise_uscc, created_by_sub, contact_name, contact_phone, attendees, status, queued_at) VALUES ($1, $2, 's', 'c', '021-5555', 1, $3, now())`, [id, E1, registration])
            }
          }
        }
      }
    }
  })
  afterAll(async () => t?.close())

  it('generated a population that every rule has something to say about', () => {
    expect(appealIds).toHaveLength(2 * APPEAL_STATUSES.length * 5)
    expect(noticeIds).toHaveLength(NOTICE_STATUSES.length * ASSOCIATIONS.length * 2 * (1 + REGISTRATION_STATUSES.length))
  })

  it.each(viewers())('appeals: $name', async ({ viewer }) => {
    const listed = await scopedIds(em, 'appeals', 'a', 'id', appealScope(appealViewer(viewer)))
    const opened = await admitted(appealIds, (id) => findVisibleAppeal(viewer, id, { em }))
    expect(listed).toEqual(opened)
  })

  it.each(viewers())('notices: $name', async ({ viewer }) => {
    const listed = await scopedIds(em, 'notices', 'n', 'id', noticeScope(noticeViewer(viewer)))
    const opened = await admitted(noticeIds, (id) => findVisibleNotice(viewer, id, { em }))
    expect(listed).toEqual(opened)
  })

  it.each(viewers())('enterprises: $name', async ({ viewer }) => {
    const listed = (await scopedIds(em, 'enterprises', 'e', 'uscc', enterpriseScope(viewer))).filter((u) => enterpriseIds.includes(u))
    const opened = await admitted(enterpriseIds, (uscc) => findVisibleEnterprise(viewer, uscc, { em }))
    expect(listed).toEqual(opened)
  })

  it('the population makes the rules differ: some viewer sees some but not all of each', async () => {
    const partial = async (ids: string[], find: (v: Viewer, id: string) => Promise<unknown>) => {
      const counts = await Promise.all(viewers().map(async ({ viewer }) => (await admitted(ids, (id) => find(viewer, id))).length))
      return counts.some((c) => c > 0 && c < ids.length) && counts.includes(0) && counts.includes(ids.length)
    }
    expect(await partial(appealIds, (v, id) => findVisibleAppeal(v, id, { em }))).toBe(true)
    expect(await partial(noticeIds, (v, id) => findVisibleNotice(v, id, { em }))).toBe(true)
    expect(await partial(enterpriseIds, (v, id) => findVisibleEnterprise(v, id, { em }))).toBe(true)
  })
})
