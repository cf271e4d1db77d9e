import type { DataSource } from 'typeorm'
import type { DeadlinePolicy } from '../deadline-policy/deadline-policy.js'
import { recountStats, writeStats } from '../appeals/appeal-stats-recount.js'
import { calendarOf } from '../calendar/working-days.js'
import { demoAppeals, demoEnterprises as generatedEnterprises, prng, type DemoPerson } from './demo-appeals.js'
import { seedDemoTemplates } from './demo-templates.js'
import { seedDemoNotices } from './demo-notices.js'
import { seedDemoAnswers } from '../answers/demo/seed-demo-answers.js'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { isKeyEnterprise, type StoredFacts } from '../enterprises/profile-patch.js'

interface DemoEnterprise {
  uscc: string
  name: string
  facts: StoredFacts
  /** a demo coordinator (by username) and the number to call; or a legacy free-text steward not linked to an account */
  steward?: { coordinator: DemoCoordinator['username']; phone: string } | { legacyName: string; phone: string; email: string }
}

interface DemoCoordinator {
  sub: string
  username: 'coordinator' | 'coordinator-2'
  /** the `name` claim the dev SSO gives (Keycloak: given name, then family name) */
  name: string
  email: string
  phone: string
}

/**
 * The realm file's coordinators (ids = the dev SSO's `sub`), recorded in the users directory by the
 * seed so they can be chosen as stewards before they first sign in (seed.spec.ts checks them against
 * the realm file). Signing in refreshes their rows from the token.
 */
export const demoCoordinators: DemoCoordinator[] = [
  { sub: '265d4222-78b2-4eb0-b5bd-83d573c08655', username: 'coordinator', name: '晓东 陈', email: 'coordinator@demo.servicepack.example', phone: '021-23112345' },
  { sub: '7b0e4c1a-5f0d-4a8e-9c3b-2d6f1e8a9b47', username: 'coordinator-2', name: '芳 王', email: 'coordinator-2@demo.servicepack.example', phone: '021-23118866' },
]

/**
 * Demo enterprises for `pnpm dev` (SEED_DEMO=true). The first two belong to the demo users
 * enterprise-a and enterprise-b of the realm file; their basic-research spend is left unknown so the
 * package shows what is still missing. Idempotent: existing rows are never overwritten.
 */
export const demoEnterprises: DemoEnterprise[] = [
  {
    uscc: '91310115MA1K4C7L8X',
    name: '上海芯联微电子有限公司',
    facts: { industry: 'integrated-circuits', district: 'pudong', aboveDesignatedSize: true, annualOutputValue: 1_350_000_000, revenue: 1_280_000_000, rdExpense: 186_000_000 },
    steward: { coordinator: 'coordinator', phone: '021-23112345' },
  },
  {
    uscc: '91310112MA1G8R3N83',
    name: '上海瑞康生物医药科技有限公司',
    facts: { industry: 'biomedicine', district: 'minhang', aboveDesignatedSize: true, annualOutputValue: 420_000_000, revenue: 395_000_000 },
  },
  {
    uscc: '91310000MA1FL1234Q',
    name: '上海临港智能装备股份有限公司',
    facts: { industry: 'high-end-equipment', district: 'pudong', annualOutputValue: 2_600_000_000, firstSetCertified: true, firstSetContractAmount: 45_000_000 },
    steward: { coordinator: 'coordinator-2', phone: '021-23118866' },
  },
  { uscc: '91310114MA1GT5678C', name: '上海嘉定智联汽车科技有限公司', facts: { industry: 'intelligent-connected-vehicles', district: 'jiading', annualOutputValue: 880_000_000 }, steward: { coordinator: 'coordinator', phone: '021-23112345' } },
  // a steward from before stewards were accounts, whom no coordinator account matches: shown with a prompt to choose one
  {
    uscc: '91310113MA1GK9876R',
    name: '上海宝山新材料有限公司',
    facts: { industry: 'advanced-materials', district: 'baoshan', annualOutputValue: 1_050_000_000, energySavedTce: 3200 },
    steward: { legacyName: '张伟', phone: '021-23115555', email: 'zhangwei@baoshan.example.gov.cn' },
  },
  { uscc: '91310117MA1J234561', name: '上海松江绿色能源科技有限公司', facts: { industry: 'green-low-carbon', district: 'songjiang', firstNationalGreenFactory: true, greenFactoryFirstRatedYear: '2026' } },
]

/** The demo users' own enterprises (their appeals stay few and recognisable), by the realm file's user ids. */
const DEMO_OWNERS: Record<string, DemoPerson> = {
  '91310115MA1K4C7L8X': { sub: 'cd5adf1e-cf8a-4630-842e-1210c25f0575', username: 'enterprise-a', name: '王明远' },
  '91310112MA1G8R3N83': { sub: 'a970f97f-6759-4300-8635-1ec4b63fe79f', username: 'enterprise-b', name: '李思涵' },
}

/**
 * Demo data for `pnpm dev` (SEED_DEMO=true, never in production): the named enterprises above,
 * about 200 generated ones, about 1,000 appeals with their timelines and a few training notices
 * (demo-notices.ts), inserted set-based. Idempotent: existing enterprises are never overwritten;
 * appeals and notices are added once.
 */
export async function seedDemoData(db: DataSource, options: { now: Date; policy: DeadlinePolicy; appeals?: number; enterprises?: number }): Promise<{ enterprises: number; appeals: number; notices: number }> {
  await seedCoordinators(db, options.now)
  const enterprises = await seedEnterprises(db)
  const rand = prng(20260101)
  const generated = generatedEnterprises(options.enterprises ?? 200, rand)
  const rows = [...demoEnterprises.map((d) => ({ uscc: d.uscc, name: d.name, facts: d.facts, isKey: isKeyEnterprise(d.facts) })), ...generated]
  const added: unknown[] = await db.query(
    `INSERT INTO enterprises (uscc, name, facts, is_key, version)
     SELECT u, n, f, k, 1 FROM unnest($1::char(18)[], $2::varchar[], $3::jsonb[], $4::boolean[]) AS t(u, n, f, k)
     ON CONFLICT (uscc) DO NOTHING RETURNING uscc`,
    [generated.map((e) => e.uscc), generated.map((e) => e.name), generated.map((e) => JSON.stringify(e.facts)), generated.map((e) => e.isKey)],
  )
  await seedStewards(db, options.now, generated.map((e) => e.uscc))
  // training notices: past (with attendance), upcoming, one full with a waitlist, a draft
  const notices = await db.transaction((em) => seedDemoNotices(em, options.now))
  // three response templates per bureau (政策咨询答复, 材料补正告知, 不予受理说明)
  await seedDemoTemplates(db, options.now)
  // the 政策问答: about 150 approved answers across the measures and bureaus
  await db.transaction((em) => seedDemoAnswers(em, options.now))
  const [{ seeded }] = await db.query(`SELECT EXISTS (SELECT 1 FROM appeals WHERE created_by_sub LIKE 'demo-%' OR idempotency_key = 'demo-seed') AS seeded`)
  if (seeded) return { enterprises: enterprises + added.length, appeals: 0, notices }
  const days: { date: string; working: boolean }[] = await db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, working FROM working_days`)
  const calendar = calendarOf(days.map((d) => [d.date, d.working] as const))
  const { appeals, events } = demoAppeals({ calendar, now: options.now, rand, policy: options.policy }, rows, options.appeals ?? 1000, DEMO_OWNERS)
  await db.transaction(async (em) => {
    const col = <K extends keyof (typeof appeals)[number]>(k: K) => appeals.map((a) => a[k])
    // Deadlines already past count as notified, so a first start does not flood the inboxes.
    const due = appeals.map((a) => (a.status === 'dispatched' ? a.acceptDueAt : a.status === 'in_progress' ? a.answerDueAt : null))
    const past = due.map((d) => (d && d < options.now ? options.now : null))
    await em.query(
      `INSERT INTO appeals (id, number, enterprise_uscc, created_by_sub, created_by_username, category_code, district, title, description, status, complexity,
         lead_bureau, assisting_bureaus, dispatched_at, accept_due_at, accepted_at, answer_due_at, responded_at, rate_due_at, closed_at,
         reopen_count, return_count, resolved, rating, rated_at, reminded_at, overdue_notified_at, created_at, updated_at, version)
       SELECT id, number, e, s, un, cat, dist, title, d, st, cx, lead, CASE WHEN assisting = '' THEN '{}'::varchar[] ELSE string_to_array(assisting, ',')::varchar[] END,
              da, adue, aa, ansdue, ra, rdue, ca, reo, ret, res, rating, rated, past, past, c, u, 1
         FROM unnest($1::uuid[], $2::varchar[], $3::char(18)[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::text[],
                     $9::varchar[], $10::varchar[], $11::varchar[], $12::text[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::timestamptz[],
                     $17::timestamptz[], $18::timestamptz[], $19::timestamptz[], $20::int[], $21::int[], $22::boolean[], $23::varchar[], $24::timestamptz[],
                     $25::timestamptz[], $26::timestamptz[], $27::timestamptz[], $28::varchar[])
           AS t(id, number, e, s, un, cat, title, d, st, cx, lead, assisting, da, adue, aa, ansdue, ra, rdue, ca, reo, ret, res, rating, rated, past, c, u, dist)`,
      [
        col('id'), col('number'), col('enterpriseUscc'), col('createdBySub'), col('createdByUsername'), col('categoryCode'), col('title'), col('description'),
        col('status'), col('complexity'), col('leadBureau'), appeals.map((a) => a.assistingBureaus.join(',')), col('dispatchedAt'), col('acceptDueAt'), col('acceptedAt'),
        col('answerDueAt'), col('respondedAt'), col('rateDueAt'), col('closedAt'), col('reopenCount'), col('returnCount'), col('resolved'), col('rating'), col('ratedAt'),
        past, col('createdAt'), col('updatedAt'), col('district'),
      ],
    )
    const ecol = <K extends keyof (typeof events)[number]>(k: K) => events.map((e) => e[k])
    await em.query(
      `INSERT INTO appeal_events (appeal_id, at, actor_sub, actor_username, party, actor_bureau, action, from_status, to_status, note, data, actor_name)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[], $9::varchar[], $10::text[], $11::jsonb[], $12::varchar[])`,
      [ecol('appealId'), ecol('at'), ecol('actorSub'), ecol('actorUsername'), ecol('party'), ecol('actorBureau'), ecol('action'), ecol('fromStatus'), ecol('toStatus'), ecol('note'), events.map((e) => (e.data ? JSON.stringify(e.data) : null)), ecol('actorName')],
    )
    await em.query(`SELECT setval('appeal_number_seq', GREATEST((SELECT max(substring(number from 9)::int) FROM appeals), 1))`)
    // the summary counts of the 三率, from the timelines just written
    await writeStats(em, await recountStats(em, calendar))
  })
  return { enterprises: enterprises + added.length, appeals: appeals.length, notices }
}

/** The demo coordinators in the users directory (a row a sign-in already wrote is left as it is). */
async function seedCoordinators(db: DataSource, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO users (sub, username, name, email, roles, first_seen_at, last_seen_at)
     SELECT s, u, n, e, '{coordinator}', $5, $5 FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[]) AS t(s, u, n, e)
     ON CONFLICT (sub) DO NOTHING`,
    [demoCoordinators.map((c) => c.sub), demoCoordinators.map((c) => c.username), demoCoordinators.map((c) => c.name), demoCoordinators.map((c) => c.email), now],
  )
}

/**
 * The demo coordinators as stewards: the named enterprises as listed above, and a spread of the
 * generated ones (about a third each to coordinator and coordinator-2, by a hash of the USCC; the
 * rest stay 未分配). Only enterprises that never had a steward are touched, plus those still holding
 * the free-text demo steward older seeds wrote (李敏 on enterprise-a's company), so a coordinator's
 * choice is never overwritten.
 */
async function seedStewards(db: DataSource, now: Date, generated: string[]): Promise<void> {
  const bySub = new Map(demoCoordinators.map((c) => [c.username, c]))
  const usccs: string[] = []
  const subs: string[] = []
  const phones: string[] = []
  for (const demo of demoEnterprises) {
    if (!demo.steward || !('coordinator' in demo.steward)) continue
    usccs.push(demo.uscc)
    subs.push(bySub.get(demo.steward.coordinator)!.sub)
    phones.push(demo.steward.phone)
  }
  await db.query(
    `UPDATE enterprises e SET steward_sub = t.s, steward_phone = t.p, steward_legacy_name = NULL, steward_legacy_email = NULL,
            steward_assigned_by = 'coordinator', steward_assigned_by_name = '陈晓东', steward_assigned_at = $4
     FROM unnest($1::char(18)[], $2::varchar[], $3::varchar[]) AS t(u, s, p)
     WHERE e.uscc = t.u AND e.steward_sub IS NULL AND (e.steward_legacy_name IS NULL OR e.steward_legacy_name = '李敏')`,
    [usccs, subs, phones, now],
  )
  const [first, second] = demoCoordinators as [DemoCoordinator, DemoCoordinator]
  await db.query(
    `UPDATE enterprises e SET steward_sub = CASE WHEN abs(hashtext(e.uscc)) % 3 = 0 THEN $2 ELSE $4 END,
            steward_phone = CASE WHEN abs(hashtext(e.uscc)) % 3 = 0 THEN $3 ELSE $5 END,
            steward_assigned_by = 'coordinator', steward_assigned_by_name = '陈晓东', steward_assigned_at = $6
     WHERE e.uscc = ANY($1::char(18)[]) AND abs(hashtext(e.uscc)) % 3 <> 2 AND e.steward_sub IS NULL AND e.steward_legacy_name IS NULL`,
    [generated, first.sub, first.phone, second.sub, second.phone, now],
  )
}

async function seedEnterprises(db: DataSource): Promise<number> {
  let inserted = 0
  for (const demo of demoEnterprises) {
    const legacy = demo.steward && 'legacyName' in demo.steward ? demo.steward : null
    const result = await db
      .createQueryBuilder()
      .insert()
      .into(Enterprise)
      .values({
        uscc: demo.uscc,
        name: demo.name,
        facts: demo.facts,
        isKey: isKeyEnterprise(demo.facts),
        // accounts are assigned by seedStewards; a legacy steward is written as the migration leaves one
        stewardLegacyName: legacy?.legacyName ?? null,
        stewardLegacyEmail: legacy?.email ?? null,
        stewardPhone: legacy?.phone ?? null,
        stewardAssignedBy: legacy ? 'coordinator' : null,
        stewardAssignedByName: legacy ? '陈晓东' : null,
        stewardAssignedAt: legacy ? new Date() : null,
      })
      .orIgnore()
      .execute()
    inserted += (result.raw as unknown[]).length
  }
  return inserted
}
