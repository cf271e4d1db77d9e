// The city-scale seeder shared by every bench (bench:seed, metrics, audience): set-based SQL
// (INSERT … SELECT over generate_series), a batch at a time, with a progress bar. Deterministic:
// every choice is a function of the row number, so two runs seed the same data.
import { catalogues, measures, suggestRouting } from '@servicepack/policy-rules'

export const BATCH = 50_000
/** enterprise-a of the dev realm (infra/keycloak): seeded like the others, with appeals and notices. */
export const DEMO_USCC = '91310115MA1K4C7L8X'
export const DEMO_ASSOCIATION = 'sh-ic-association'

export function progressBar(done, total, label) {
  const width = 30
  const filled = Math.round((done / Math.max(total, 1)) * width)
  process.stdout.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}`)
  if (done >= total) process.stdout.write('\n')
}

/** The USCC of enterprise number g (1-based): 18 digits, the first one the demo enterprise's. */
export const usccSql = (g) => `CASE WHEN ${g} = 1 THEN '${DEMO_USCC}' ELSE lpad((${g})::text, 18, '0') END`

/**
 * Enterprises 1..total: every industry and district, output values skewed (few key enterprises),
 * the facts the measures read known for some and unknown for the rest, one in three with a steward
 * (bench stewards, users rows), the rest 未分配.
 */
export async function seedEnterprises(client, total, { bar = progressBar } = {}) {
  await client.query(
    `INSERT INTO users (sub, username, name, email, roles, first_seen_at, last_seen_at)
     SELECT 'bench-steward-' || s, 'steward' || s, '管家' || s, 'steward' || s || '@bench.invalid', '{coordinator}', now(), now()
       FROM generate_series(1, 20) s ON CONFLICT DO NOTHING`,
  )
  const industries = catalogues.industries.map((i) => i.code)
  const districts = catalogues.districts.map((d) => d.code)
  for (let from = 0; from < total; from += BATCH) {
    const to = Math.min(total, from + BATCH)
    await client.query(
      `INSERT INTO enterprises (uscc, name, facts, is_key, steward_sub, version)
       SELECT ${usccSql('g')}, (ARRAY['上海','浦江','东方','申城','临港','张江','漕河泾','紫竹'])[1 + g % 8] || (ARRAY['精密','智能','生物','新材料','微电子','绿色','数据','装备'])[1 + (g / 8) % 8] || '科技有限公司' || g,
              jsonb_strip_nulls(jsonb_build_object(
                'industry', ($1::text[])[1 + g % array_length($1::text[], 1)],
                'district', ($2::text[])[1 + (g / 7) % array_length($2::text[], 1)],
                'annualOutputValue', CASE WHEN g % 10 <> 0 THEN floor(((g * 7919) % 1000)::float8 ^ 4 / 200)::bigint END,
                'basicResearchInvestment', CASE WHEN g % 3 = 0 THEN (g % 120) * 1000000 END,
                'firstSetCertified', CASE WHEN g % 4 = 0 THEN g % 8 = 0 END,
                'firstNationalGreenFactory', CASE WHEN g % 5 = 0 THEN g % 10 = 0 END)),
              g % 10 <> 0 AND ((g * 7919) % 1000)::float8 ^ 4 / 200 >= 1000000000,
              CASE WHEN g % 3 = 0 THEN 'bench-steward-' || (1 + g % 20) END, 1
         FROM generate_series($3::int, $4::int) g`,
      [industries, districts, from + 1, to],
    )
    bar(to, total, 'enterprises          ')
  }
}

/**
 * Appeals 1..total over the 182 days before 2026-11-29 with their timelines, of enterprises
 * 1..enterprises: every state (submitted, dispatched, in_progress, responded, closed, withdrawn),
 * every category, lead bureau from the routing catalogue and its first assisting bureau.
 */
export async function seedAppeals(client, total, { enterprises = 2000, bar = progressBar } = {}) {
  const categories = catalogues.appealCategories.map((c) => c.code)
  const categoryNames = catalogues.appealCategories.map((c) => c.zh ?? c.code)
  const leads = categories.map((c) => suggestRouting({ categoryCode: c }).lead)
  const assisting = categories.map((c) => suggestRouting({ categoryCode: c }).assisting[0] ?? '')
  const districts = catalogues.districts.map((d) => d.code)
  for (let from = 0; from < total; from += BATCH) {
    const to = Math.min(total, from + BATCH)
    // one statement: the appeals, and from what it inserted their timelines (submit, dispatch, and the accept / respond / rate / withdraw each reached)
    // k: 0 submitted (1 in 40), 5 withdrawn (1 in 40), 1 dispatched, 2 in_progress, 3 responded, 4 closed
    await client.query(
      `WITH a AS (
         INSERT INTO appeals (id, number, enterprise_uscc, created_by_sub, created_by_username, category_code, district, title, description, status, complexity,
           lead_bureau, assisting_bureaus, dispatched_at, accept_due_at, accepted_at, answer_due_at, responded_at, closed_at, reopen_count, resolved, rating, rated_at, created_at, updated_at, version)
         SELECT gen_random_uuid(), 'SQ-B-' || g, ${usccSql('(1 + g % $8)')}, 'bench', 'bench', ($1::text[])[1 + g % $4], ($3::text[])[1 + (g / 17) % array_length($3::text[], 1)],
                '关于' || ($9::text[])[1 + g % $4] || '的诉求（' || g || '）', '说明',
                s.status, 'simple',
                CASE WHEN s.k NOT IN (0, 5) THEN ($2::text[])[1 + g % $4] END,
                CASE WHEN s.k IN (0, 5) OR ($5::text[])[1 + g % $4] = '' THEN '{}'::varchar[] ELSE ARRAY[($5::text[])[1 + g % $4]]::varchar[] END,
                CASE WHEN s.k NOT IN (0, 5) THEN t.c + interval '2 hours' END, CASE WHEN s.k NOT IN (0, 5) THEN t.c + interval '1 day 2 hours' END,
                CASE WHEN s.k IN (2, 3, 4) THEN t.c + ((g % 40) || ' hours')::interval END, CASE WHEN s.k NOT IN (0, 5) THEN t.c + interval '7 days' END,
                CASE WHEN s.k IN (3, 4) THEN t.c + (g % 9 || ' days')::interval END, CASE WHEN s.k IN (4, 5) THEN t.c + interval '10 days' END,
                0, CASE WHEN s.k = 4 THEN g % 5 <> 0 END, CASE WHEN s.k = 4 THEN (ARRAY['satisfied','satisfied','basically_satisfied','unsatisfied'])[1 + g % 4] END,
                CASE WHEN s.k = 4 THEN t.c + interval '10 days' END, t.c, t.c, 1
           FROM generate_series($6::int, $7::int) g
           CROSS JOIN LATERAL (SELECT timestamptz '2026-11-29 00:00+08' - ((g::bigint * 7919) % (182 * 24 * 60)) * interval '1 minute' AS c) t
           CROSS JOIN LATERAL (SELECT CASE WHEN g % 40 = 39 THEN 0 WHEN g % 40 = 38 THEN 5 WHEN g % 20 = 0 THEN 1 WHEN g % 20 = 1 THEN 2 WHEN g % 20 = 2 THEN 3 ELSE 4 END AS k) k0
           CROSS JOIN LATERAL (SELECT k0.k AS k, (ARRAY['submitted','dispatched','in_progress','responded','closed','withdrawn'])[k0.k + 1] AS status) s
         RETURNING id, created_at, dispatched_at, accept_due_at, answer_due_at, accepted_at, responded_at, rated_at, closed_at, status, lead_bureau, assisting_bureaus, rating, resolved
       )
       INSERT INTO appeal_events (appeal_id, at, actor_sub, actor_username, party, actor_bureau, action, from_status, to_status, note, data)
       SELECT a.id, e.at, 'bench', 'bench', e.party, e.bureau, e.action, e.from_s, e.to_s, NULL, e.data
         FROM a CROSS JOIN LATERAL (VALUES
           (a.created_at, 'owner', NULL::varchar, 'submit', NULL::varchar, 'submitted', NULL::jsonb, true),
           (a.dispatched_at, 'coordinator', NULL, 'dispatch', 'submitted', 'dispatched',
              jsonb_build_object('leadBureau', a.lead_bureau, 'assistingBureaus', to_jsonb(a.assisting_bureaus), 'acceptDueAt', a.accept_due_at, 'answerDueAt', a.answer_due_at), a.dispatched_at IS NOT NULL),
           (a.accepted_at, 'lead', a.lead_bureau, 'accept', 'dispatched', 'in_progress', NULL, a.accepted_at IS NOT NULL),
           (a.responded_at, 'lead', a.lead_bureau, 'respond', 'in_progress', 'responded', NULL, a.responded_at IS NOT NULL),
           (a.rated_at, 'owner', NULL, 'rate', 'responded', 'closed', jsonb_build_object('rating', a.rating, 'resolved', a.resolved), a.rated_at IS NOT NULL),
           (a.closed_at, 'owner', NULL, 'withdraw', 'submitted', 'withdrawn', NULL, a.status = 'withdrawn')
         ) AS e(at, party, bureau, action, from_s, to_s, data, present)
        WHERE e.present`,
      [categories, leads, districts, categories.length, assisting, from + 1, to, enterprises, categoryNames],
    )
    bar(to, total, 'appeals + timelines  ')
  }
}

/**
 * Notices 1..total of the demo association (published, future and past, each with its measures and
 * an audience criterion), each reaching 50 enterprises (the demo enterprise reaches every tenth) of
 * which 5 registered.
 */
export async function seedNotices(client, total, { enterprises, bar = progressBar } = {}) {
  const measureIds = measures.map((m) => m.id)
  const industries = catalogues.industries.map((i) => i.code)
  const step = Math.min(BATCH / 10, 5000)
  for (let from = 0; from < total; from += step) {
    const to = Math.min(total, from + step)
    await client.query(
      `WITH n AS (
         INSERT INTO notices (association, created_by_sub, created_by_username, title, body, kind, starts_at, ends_at, venue, capacity, registration_deadline,
           measure_ids, audience, status, seats_taken, targeted_count, published_at, created_at, updated_at, version)
         SELECT $1, 'bench', 'bench', '政策辅导培训第' || g || '期', '## 议程' || chr(10) || '政策解读与答疑', 'training',
                t.s, t.s + interval '2 hours', '上海市经信委报告厅', 200, t.s - interval '1 day',
                ARRAY[($2::text[])[1 + g % array_length($2::text[], 1)]]::varchar[],
                jsonb_build_object('industries', jsonb_build_array(($3::text[])[1 + g % array_length($3::text[], 1)]), 'measureId', ($2::text[])[1 + g % array_length($2::text[], 1)]),
                'published', 5, 50, t.s - interval '30 days', t.s - interval '31 days', t.s - interval '30 days', 1
           FROM generate_series($4::int, $5::int) g
           CROSS JOIN LATERAL (SELECT timestamptz '2026-12-15 09:00+08' + ((g % 240) - 120) * interval '1 day' AS s) t
         RETURNING id, starts_at
       ), reached AS (
         INSERT INTO notice_audience (notice_id, enterprise_uscc, reached_at, opened_at)
         SELECT n.id, ${usccSql('m.e')}, n.starts_at - interval '30 days', CASE WHEN m.i % 3 = 0 THEN n.starts_at - interval '29 days' END
           FROM (SELECT n.*, row_number() OVER () AS r FROM n) n
           CROSS JOIN LATERAL (SELECT i, CASE WHEN i = 0 AND n.r % 10 = 0 THEN 1 ELSE 2 + ((n.r * 50 + i + $4::bigint * 7) % ($6::int - 1)) END AS e FROM generate_series(0, 49) i) m
         RETURNING notice_id, enterprise_uscc, reached_at
       )
       INSERT INTO notice_registrations (notice_id, enterprise_uscc, created_by_sub, contact_name, contact_phone, attendees, status, queued_at)
       SELECT notice_id, enterprise_uscc, 'bench', '联系人', '13800000000', 1, 'registered', reached_at + interval '1 day'
         FROM (SELECT r.*, row_number() OVER (PARTITION BY notice_id ORDER BY enterprise_uscc) AS k FROM reached r) x WHERE k <= 5`,
      [DEMO_ASSOCIATION, measureIds, industries, from + 1, to, enterprises],
    )
    bar(to, total, 'notices + audiences  ')
  }
}
