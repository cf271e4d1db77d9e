import type { EntityManager } from 'typeorm'
import { audienceDateOf, inAudience, type AudienceCriteria } from '../notices/notice-audience.js'
import type { NoticeKind } from '../notices/notice-state.js'

const DAY = 24 * 3600_000

/** The first demo registrations' contact people. */
const CONTACTS = ['王磊', '陈静', '刘洋', '张伟', '李娜', '杨帆', '赵敏', '周杰', '吴婷', '孙浩', '朱琳', '胡斌']

interface DemoNotice {
  id: string
  association: string
  title: string
  body: string
  kind: NoticeKind
  /** Days from now (negative: past) and the hour in Shanghai. */
  day: number
  hour: number
  hours: number
  venue: string | null
  onlineUrl: string | null
  capacity: number
  measureIds: string[]
  audience: AudienceCriteria
  status: 'draft' | 'published'
  /** Seated registrations to make, then waitlisted ones; the share of seats that attended (past). */
  registered: number
  waitlisted: number
  attendedShare: number
}

/** Demo notices: one past with attendance, upcoming ones, one full with a waitlist, one draft. Fixed ids make the seed idempotent. */
const NOTICES: DemoNotice[] = [
  {
    id: '5eed0001-0000-4000-8000-000000000001', association: 'sh-ic-association', kind: 'training', day: -12, hour: 14, hours: 3,
    title: '集成电路企业研发费用加计扣除实务培训',
    body: '## 培训内容\n\n1. 研发费用归集口径与常见问题\n2. 加计扣除申报流程演示\n3. 现场答疑\n\n**主讲**：市税务局、协会专家\n\n请携带本企业近一年研发项目清单。',
    venue: '张江科学会堂 2 楼多功能厅', onlineUrl: null, capacity: 40, measureIds: ['basic-research', 'rd-growth-reward'], audience: { industries: ['integrated-circuits'] },
    status: 'published', registered: 6, waitlisted: 0, attendedShare: 0.7,
  },
  {
    id: '5eed0001-0000-4000-8000-000000000002', association: 'sh-ic-association', kind: 'policy_interpretation', day: 7, hour: 9, hours: 2,
    title: '《关于推动先进制造业高质量发展的若干措施》集成电路专场解读',
    body: '## 解读要点\n\n- 核心技术攻关（第五条）的支持方式\n- 基础研究投入奖励（第四条）的申报条件\n- 首台套装备应用（第三条）\n\n原文见 [上海市人民政府网站](https://www.shanghai.gov.cn/)。报名咨询：[train@sica.example.org](mailto:train@sica.example.org)',
    venue: '浦东新区张江路 88 号 协会会议室', onlineUrl: 'https://meeting.example.org/j/20261206', capacity: 60, measureIds: ['core-technology', 'basic-research'],
    audience: { industries: ['integrated-circuits'] }, status: 'published', registered: 4, waitlisted: 0, attendedShare: 0,
  },
  {
    id: '5eed0001-0000-4000-8000-000000000003', association: 'sh-biomedicine-association', kind: 'briefing', day: 10, hour: 14, hours: 2,
    title: '生物医药企业首台套与绿色工厂政策宣讲会',
    body: '## 宣讲安排\n\n- 14:00 首台（套）重大技术装备支持政策\n- 15:00 绿色工厂梯度培育\n\n名额有限，额满后进入候补，有人取消时自动递补。',
    venue: '闵行区紫竹科学园 A 座报告厅', onlineUrl: null, capacity: 3, measureIds: ['first-set-equipment', 'green-factory'], audience: { industries: ['biomedicine', 'bio-manufacturing'] },
    status: 'published', registered: 3, waitlisted: 2, attendedShare: 0,
  },
  {
    id: '5eed0001-0000-4000-8000-000000000004', association: 'sh-ic-association', kind: 'training', day: 21, hour: 9, hours: 3,
    title: '（草稿）集成电路重点企业节能降碳专题培训',
    body: '## 草稿\n\n内容待定。', venue: '待定', onlineUrl: null, capacity: 30, measureIds: ['energy-saving'], audience: { industries: ['integrated-circuits'], keyEnterprise: true },
    status: 'draft', registered: 0, waitlisted: 0, attendedShare: 0,
  },
]

/** Midnight of `now`'s Shanghai day, plus days and hours. */
function at(now: Date, day: number, hour: number): Date {
  const shanghaiMidnight = Math.floor((now.getTime() + 8 * 3600_000) / DAY) * DAY - 8 * 3600_000
  return new Date(shanghaiMidnight + day * DAY + hour * 3600_000)
}

/**
 * Adds the demo notices once (fixed ids): audiences computed with the same rules as the API on the
 * demo profiles, reached and partly opened, with registrations (the demo users' own enterprises are
 * left free to register), a waitlist and past attendance. Set-based; returns how many were added.
 */
export async function seedDemoNotices(em: EntityManager, now: Date): Promise<number> {
  const existing: { id: string }[] = await em.query(`SELECT id FROM notices WHERE id = ANY($1::uuid[])`, [NOTICES.map((n) => n.id)])
  const todo = NOTICES.filter((n) => !existing.some((e) => e.id === n.id))
  if (todo.length === 0) return 0
  const enterprises: { uscc: string; facts: Record<string, unknown>; is_key: boolean; member: boolean }[] = await em.query(
    `SELECT uscc, facts, is_key, EXISTS (SELECT 1 FROM enterprise_members m WHERE m.uscc = e.uscc) AS member FROM enterprises e ORDER BY uscc`,
  )
  const demoUsers = new Set(['91310115MA1K4C7L8X', '91310112MA1G8R3N83'])
  for (const n of todo) {
    const startsAt = at(now, n.day, n.hour)
    const endsAt = new Date(startsAt.getTime() + n.hours * 3600_000)
    const deadline = new Date(startsAt.getTime() - 15 * 3600_000) // the evening before
    const published = n.status === 'published'
    const audience = published ? enterprises.filter((e) => inAudience({ facts: e.facts, isKey: e.is_key }, n.audience, audienceDateOf(startsAt))) : []
    const takers = audience.filter((e) => !demoUsers.has(e.uscc)).slice(0, n.registered + n.waitlisted)
    const seated = takers.slice(0, n.registered)
    const seats = seated.length
    const publishedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 5 * DAY)
    await em.query(
      `INSERT INTO notices (id, association, created_by_sub, created_by_username, title, body, kind, starts_at, ends_at, venue, online_url, capacity, attendee_limit,
         registration_deadline, measure_ids, audience, status, seats_taken, targeted_count, published_at, reminded_at, created_at, updated_at, version)
       VALUES ($1, $2, 'demo-seed', $3, $4, $5, $6, $7, $8, $9, $10, $11, 3, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, 1)`,
      [
        n.id, n.association, n.association === 'sh-ic-association' ? 'association-ic' : 'association-bio', n.title, n.body, n.kind, startsAt, endsAt, n.venue, n.onlineUrl,
        Math.max(n.capacity, seats), deadline, n.measureIds, JSON.stringify(n.audience), n.status, seats, audience.length, published ? publishedAt : null,
        startsAt < now ? startsAt : null, new Date(publishedAt.getTime() - DAY),
      ],
    )
    if (!published) continue
    // reached at publishing; about half opened it (all who registered did)
    const registeredSet = new Set(takers.map((t) => t.uscc))
    await em.query(
      `INSERT INTO notice_audience (notice_id, enterprise_uscc, reached_at, opened_at)
       SELECT $1, u, $2, CASE WHEN o THEN $2::timestamptz + interval '1 day' END FROM unnest($3::char(18)[], $4::boolean[]) AS t(u, o)`,
      [n.id, publishedAt, audience.map((e) => e.uscc), audience.map((e, i) => registeredSet.has(e.uscc) || i % 2 === 0)],
    )
    if (takers.length === 0) continue
    const attended = Math.round(seats * n.attendedShare)
    await em.query(
      `INSERT INTO notice_registrations (notice_id, enterprise_uscc, created_by_sub, contact_name, contact_phone, attendees, status, queued_at, attended, created_at, updated_at)
       SELECT $1, u, 'demo-seed', c, p, 1, s, q, a, q, q FROM unnest($2::char(18)[], $3::varchar[], $4::varchar[], $5::varchar[], $6::timestamptz[], $7::boolean[]) AS t(u, c, p, s, q, a)`,
      [
        n.id,
        takers.map((e) => e.uscc),
        takers.map((_, i) => CONTACTS[i % CONTACTS.length]!),
        takers.map((_, i) => `138${String(10000000 + i * 7919).slice(0, 8)}`),
        takers.map((_, i) => (i < n.registered ? 'registered' : 'waitlisted')),
        takers.map((_, i) => new Date(publishedAt.getTime() + (i + 1) * 3 * 3600_000)),
        takers.map((_, i) => (startsAt < now && i < n.registered ? i < attended : null)),
      ],
    )
  }
  return todo.length
}
