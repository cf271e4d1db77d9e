import { catalogues, suggestRouting, type IndustryCode } from '@servicepack/policy-rules'
import { deadlineAfter, type WorkingCalendar } from '../calendar/working-days.js'
import type { AppealStatus, Rating } from '../appeals/appeal-state.js'
import { usccCheckCharacter } from '../enterprises/uscc.js'

/**
 * Demo data worth looking at, generated deterministically (a seeded PRNG, a fixed `now`): about
 * 200 enterprises across districts and industries, and about 1,000 appeals over the six months
 * before `now` in every state, across categories and bureaus, some overdue, reopened or rated,
 * each with a timeline that agrees with its state and deadlines from the working-day calendar.
 * Pure: the seed inserts what this returns with set-based SQL.
 */

export interface DemoEnterpriseRow {
  uscc: string
  name: string
  facts: Record<string, string | number | boolean>
  isKey: boolean
}

export interface DemoAppealRow {
  id: string
  number: string
  enterpriseUscc: string
  createdBySub: string
  createdByUsername: string
  categoryCode: string
  district: string
  title: string
  description: string
  status: AppealStatus
  complexity: 'simple' | 'complex' | null
  leadBureau: string | null
  assistingBureaus: string[]
  dispatchedAt: Date | null
  acceptDueAt: Date | null
  acceptedAt: Date | null
  answerDueAt: Date | null
  respondedAt: Date | null
  rateDueAt: Date | null
  closedAt: Date | null
  reopenCount: number
  returnCount: number
  resolved: boolean | null
  rating: Rating | null
  ratedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

export interface DemoEventRow {
  appealId: string
  at: Date
  actorSub: string
  actorUsername: string
  actorName: string | null
  party: string
  actorBureau: string | null
  action: string
  fromStatus: AppealStatus | null
  toStatus: AppealStatus
  note: string | null
  data: Record<string, unknown> | null
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** Name words for generated enterprises: none of the named demo enterprises' words (瑞康, 芯联, 临港, …), so searches for those stay exact. */
const WORDS = ['华芯', '永康', '联创', '恒信', '申通', '浦江', '东海', '天元', '博远', '凌云', '新材', '同创', '泰和', '卓越', '海川', '启明', '信达', '安盛', '鼎力', '中科']
const SUFFIX: Partial<Record<IndustryCode, string>> = {
  'integrated-circuits': '微电子', biomedicine: '生物医药', 'artificial-intelligence': '智能科技', 'intelligent-connected-vehicles': '汽车科技',
  'high-end-equipment': '装备制造', 'advanced-materials': '新材料', 'green-low-carbon': '能源科技', 'fashion-consumer': '时尚用品', 'low-altitude': '航空科技',
  'commercial-space': '航天科技', 'embodied-ai': '机器人', 'bio-manufacturing': '生物制造', 'smart-terminals': '智能终端', petrochemical: '化工', steel: '特钢',
  'nonferrous-metals': '合金材料', 'light-industry': '日化', other: '精密制造',
}

const TOPICS: Record<string, [string, string][]> = {
  land: [['厂房扩建用地指标', '企业计划扩大产能，需新增工业用地约20亩，请协调用地指标。'], ['产业用地容积率调整', '现有厂区容积率偏低，希望申请提高容积率。']],
  labour: [['技术工人招聘困难', '急需数控、焊接等技术工人约50名，请协助对接招聘渠道。'], ['稳岗补贴申领', '咨询稳岗补贴的申领条件和材料。']],
  talent: [['高层次人才落户', '公司引进的海外博士落户手续办理咨询。'], ['人才公寓申请', '希望为新引进研发人员申请人才公寓。']],
  financing: [['备货贷款贴息申请', '企业备货关键零部件贷款3000万元，咨询贴息申报流程。'], ['中长期技改贷款', '技改项目需中长期贷款支持，请协调银行。']],
  'tech-renovation': [['技术改造项目支持', '智能化改造项目总投资8000万元，咨询技改专项支持。']],
  rnd: [['基础研究投入补助', '今年基础研究投入超过5000万元，咨询一次性补助申报。'], ['研发中心认定', '拟申报市级企业技术中心，咨询条件。']],
  'energy-saving': [['节能改造奖励', '完成余热回收改造，年节能约2000吨标煤，咨询奖励。'], ['绿色工厂申报', '咨询国家级绿色工厂申报要求。']],
  logistics: [['危化品仓储审批', '新建危化品仓库的审批流程咨询。'], ['货车通行证办理', '园区货车夜间通行证办理困难。']],
  'energy-network': [['双回路供电申请', '新产线需双回路供电，请协调供电公司。'], ['5G专网建设', '厂区5G专网建设需要协调运营商。']],
  market: [['首台套产品推广', '希望协调应用场景，推广首台套产品。']],
  'first-set': [['首台套认定', '新研制的高端数控机床申请首台(套)认定。']],
  'traditional-industries': [['特种精品钢产线升级', '计划建设特种精品钢产线，咨询传统优势产业提升的支持方向。']],
  'leading-industries': [['集成电路项目落地', '先进封装项目落地需要多部门协调。']],
  'key-industries': [['重点产业项目落地', '新能源汽车零部件项目落地需要区里协调。']],
  'core-technology': [['工业软件攻关立项', '拟开展工业软件核心技术攻关，咨询支持方式。']],
  digital: [['数字化转型诊断', '申请免费的智能制造诊断服务。']],
  scenarios: [['中试平台使用', '希望使用中试验证平台，咨询开放条件。']],
  'policy-consulting': [['政策兑现进度', '去年申报的专项资金尚未到账，请协助查询进度。']],
  other: [['其他诉求', '企业经营中遇到的其他问题，希望协调解决。']],
}

const HOUR = 3600_000
const DAY = 24 * HOUR

export function demoEnterprises(count: number, rand: () => number): DemoEnterpriseRow[] {
  const rows: DemoEnterpriseRow[] = []
  const industries = catalogues.industries
  const districts = catalogues.districts
  for (let i = 0; i < count; i++) {
    const industry = industries[i % industries.length]!
    const district = districts[Math.floor(rand() * districts.length)]!
    const output = Math.round((rand() ** 3) * 5_000_000_000 / 1_000_000) * 1_000_000 + 20_000_000
    const first17 = `913100${String(100000 + i).padStart(6, '0')}DM${ALPHABET[i % 31]}${ALPHABET[(i * 7) % 31]}${ALPHABET[(i * 13) % 31]}`.slice(0, 17)
    const uscc = first17 + usccCheckCharacter(first17)!
    const name = `上海${WORDS[i % WORDS.length]}${district.zh.replace(/区|新区/g, '')}${SUFFIX[industry.code] ?? '科技'}有限公司`
    const facts: Record<string, string | number | boolean> = { industry: industry.code, district: district.code, annualOutputValue: output }
    if (rand() < 0.5) facts.aboveDesignatedSize = output >= 20_000_000
    if (rand() < 0.3) facts.basicResearchInvestment = Math.round(rand() * 120) * 1_000_000
    rows.push({ uscc, name: `${name}${i >= WORDS.length * 4 ? i : ''}`.slice(0, 200), facts, isKey: output >= 1_000_000_000 })
  }
  return rows
}

interface Context {
  calendar: WorkingCalendar
  now: Date
  rand: () => number
  policy: { acceptDays: number; simpleDays: number; complexDays: number; rateDays: number }
}

/** The final state of a demo appeal, by weight: most are closed, some are at every other stage. */
const STATES: [AppealStatus | 'reopened' | 'overdue', number][] = [
  ['closed', 45], ['responded', 10], ['in_progress', 12], ['dispatched', 8], ['submitted', 6], ['withdrawn', 5], ['reopened', 6], ['overdue', 8],
]

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!
}

function weighted(rand: () => number): (typeof STATES)[number][0] {
  const total = STATES.reduce((n, [, w]) => n + w, 0)
  let r = rand() * total
  for (const [state, w] of STATES) if ((r -= w) < 0) return state
  return 'closed'
}

const uuid = (rand: () => number) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(rand() * 16).toString(16))

/** Someone acting in the demo: the login and the name the apps show (issue 19 §4). */
export interface DemoPerson {
  sub: string
  username: string
  name?: string | null
}

const SYSTEM_PERSON: DemoPerson = { sub: 'system', username: 'system', name: null }

/** The demo users of the realm by bureau (infra/keycloak), else an officer named after nobody in particular. */
const OFFICERS: Record<string, [string, string]> = { sheitc: ['bureau-sheitc', '赵立新'], stcsm: ['bureau-stcsm', '孙海燕'], planning: ['bureau-planning', '周建国'] }

function demoOfficer(bureau: string): DemoPerson {
  const known = OFFICERS[bureau]
  return { sub: `demo-officer-${bureau}`, username: known?.[0] ?? `officer-${bureau}`, name: known?.[1] ?? demoPersonName(bureau) }
}

const FAMILY = ['张', '李', '刘', '杨', '黄', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高']
const GIVEN = ['伟', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '丽', '强', '建华', '红梅']

/** A plausible name from a key, the same every time (not from the seed's random stream, which stays as it was). */
export function demoPersonName(key: string): string {
  let h = 0
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return FAMILY[h % FAMILY.length]! + GIVEN[(h >>> 8) % GIVEN.length]!
}

/**
 * One appeal walked through its life up to its final state, with its events. The officer names
 * are the demo users'; other bureaus' officers are named after their bureau.
 */
function demoAppeal(ctx: Context, n: number, enterprise: DemoEnterpriseRow, owner: DemoPerson, target: ReturnType<typeof weighted>, createdAt: Date) {
  const { rand, calendar, policy } = ctx
  const categoryCode = pick(rand, catalogues.appealCategories).code
  const [title, description] = pick(rand, TOPICS[categoryCode] ?? TOPICS.other!)
  const events: DemoEventRow[] = []
  const coordinator = { sub: 'demo-coordinator', username: 'coordinator', name: '陈晓东' }
  const officer = demoOfficer
  const row: DemoAppealRow = {
    id: uuid(rand), number: `SQ-${createdAt.getUTCFullYear()}-${String(n).padStart(6, '0')}`, enterpriseUscc: enterprise.uscc, createdBySub: owner.sub, createdByUsername: owner.username,
    categoryCode, district: typeof enterprise.facts.district === 'string' ? enterprise.facts.district : '', title, description, status: 'submitted', complexity: null, leadBureau: null, assistingBureaus: [], dispatchedAt: null, acceptDueAt: null, acceptedAt: null,
    answerDueAt: null, respondedAt: null, rateDueAt: null, closedAt: null, reopenCount: 0, returnCount: 0, resolved: null, rating: null, ratedAt: null, createdAt, updatedAt: createdAt,
  }
  let t = createdAt
  const step = (hours: number) => (t = new Date(Math.min(t.getTime() + hours * HOUR, ctx.now.getTime() - HOUR)))
  const event = (who: DemoPerson, party: string, action: string, to: AppealStatus, note: string | null = null, bureau: string | null = null, data: Record<string, unknown> | null = null) => {
    events.push({ appealId: row.id, at: t, actorSub: who.sub, actorUsername: who.username, actorName: who.name ?? null, party, actorBureau: bureau, action, fromStatus: events.length ? row.status : null, toStatus: to, note, data })
    row.status = to
    row.updatedAt = t
  }
  event(owner, 'owner', 'submit', 'submitted')
  if (target === 'submitted') return { row, events }
  if (target === 'withdrawn') {
    step(2 + rand() * 20)
    event(owner, 'owner', 'withdraw', 'withdrawn', '问题已自行解决')
    row.closedAt = t
    return { row, events }
  }
  // dispatch
  const routing = suggestRouting({ categoryCode, district: typeof enterprise.facts.district === 'string' ? enterprise.facts.district : null })!
  const complexity = rand() < 0.3 ? 'complex' : 'simple'
  step(target === 'overdue' ? 24 * (3 + rand() * 10) : 1 + rand() * 20)
  Object.assign(row, {
    leadBureau: routing.lead, assistingBureaus: routing.assisting.slice(0, 2), complexity, dispatchedAt: t,
    acceptDueAt: deadlineAfter(calendar, t, policy.acceptDays), answerDueAt: deadlineAfter(calendar, t, complexity === 'complex' ? policy.complexDays : policy.simpleDays),
  })
  event(coordinator, 'coordinator', 'dispatch', 'dispatched', null, null, {
    leadBureau: row.leadBureau, assistingBureaus: row.assistingBureaus, complexity, acceptDueAt: row.acceptDueAt!.toISOString(), answerDueAt: row.answerDueAt!.toISOString(),
  })
  if (target === 'dispatched') return { row, events }
  const lead = officer(routing.lead)
  const overdueNotice = (due: Date) => {
    // what the deadline job would have recorded: the overdue flag, an hour past the deadline
    if (due.getTime() + HOUR >= ctx.now.getTime()) return
    const at = t
    t = new Date(due.getTime() + HOUR)
    event(SYSTEM_PERSON, 'system', 'overdue', row.status, null, null, { stage: row.status === 'dispatched' ? 'accept' : 'answer' })
    t = at
  }
  if (target === 'overdue' && rand() < 0.4) {
    overdueNotice(row.acceptDueAt!)
    return { row, events } // never accepted: past the accept deadline
  }
  step(2 + rand() * 20)
  row.acceptedAt = t
  event(lead, 'lead', 'accept', 'in_progress', null, routing.lead)
  if (row.assistingBureaus[0] && rand() < 0.6) {
    step(10 + rand() * 30)
    event(officer(row.assistingBureaus[0]), 'assisting', 'opinion', 'in_progress', '同意主办单位意见，可予支持。', row.assistingBureaus[0])
  }
  if (target === 'overdue') overdueNotice(row.answerDueAt!)
  if (target === 'in_progress' || target === 'overdue') return { row, events }
  const answer = () => {
    step(24 * (1 + rand() * (complexity === 'complex' ? 12 : 4)))
    row.respondedAt = t
    row.rateDueAt = deadlineAfter(calendar, t, policy.rateDays)
    event(lead, 'lead', 'respond', 'responded', '经研究，已协调相关部门办理，请按通知要求提交材料。', routing.lead)
  }
  answer()
  if (target === 'responded') return { row, events }
  const rate = (rating: Rating, resolved: boolean) => {
    step(4 + rand() * 48)
    Object.assign(row, { rating, resolved, ratedAt: t, rateDueAt: null })
    const reopened = rating === 'unsatisfied'
    if (reopened) row.answerDueAt = deadlineAfter(calendar, t, complexity === 'complex' ? policy.complexDays : policy.simpleDays)
    event(owner, 'owner', 'rate', reopened ? 'in_progress' : 'closed', reopened ? '答复未解决实际问题' : null, null, {
      rating, resolved, reopened, ...(reopened ? { answerDueAt: row.answerDueAt!.toISOString() } : {}),
    })
  }
  if (target === 'reopened') {
    rate('unsatisfied', false)
    row.reopenCount = 1
    row.respondedAt = null
    if (rand() < 0.5) return { row, events } // still being re-handled
    answer()
    rate(rand() < 0.7 ? 'basically_satisfied' : 'satisfied', true)
    row.closedAt = t
    return { row, events }
  }
  // closed: rated, or closed by the job when unrated
  const r = rand()
  if (r < 0.12) {
    t = new Date(Math.min(row.rateDueAt!.getTime() + HOUR, ctx.now.getTime() - HOUR))
    Object.assign(row, { closedAt: t, rateDueAt: null })
    event(SYSTEM_PERSON, 'system', 'auto_close', 'closed')
  } else {
    rate(r < 0.7 ? 'satisfied' : r < 0.9 ? 'basically_satisfied' : 'unsatisfied', r < 0.85)
    if (row.status === 'in_progress') {
      // an unsatisfied rating that was then answered and closed
      row.reopenCount = 1
      answer()
      rate('basically_satisfied', true)
    }
    row.closedAt = t
  }
  return { row, events }
}

/**
 * The demo appeals: `count` spread over the six months before `now` across the enterprises, plus
 * a few recognisable ones of the demo users' own enterprises (`owners`: USCC → the demo user).
 */
export function demoAppeals(
  ctx: Context,
  enterprises: DemoEnterpriseRow[],
  count: number,
  owners: Record<string, DemoPerson>,
): { appeals: DemoAppealRow[]; events: DemoEventRow[] } {
  const appeals: DemoAppealRow[] = []
  const events: DemoEventRow[] = []
  let n = 0
  const add = (e: DemoEnterpriseRow, owner: DemoPerson, target: ReturnType<typeof weighted>, createdAt: Date) => {
    const made = demoAppeal(ctx, ++n, e, owner, target, createdAt)
    appeals.push(made.row)
    events.push(...made.events)
  }
  const span = 182 * DAY
  const others = enterprises.filter((e) => !(e.uscc in owners))
  for (let i = 0; i < count; i++) {
    // some enterprises ask often, most rarely
    const e = others[Math.floor(ctx.rand() ** 1.5 * others.length)]!
    const target = weighted(ctx.rand)
    // recent appeals are the open ones; closed ones spread over the whole half-year
    const age = target === 'closed' || target === 'withdrawn' ? 20 * DAY + ctx.rand() * (span - 20 * DAY) : target === 'overdue' ? 20 * DAY + ctx.rand() * 40 * DAY : ctx.rand() * 12 * DAY
    add(e, { sub: `demo-user-${e.uscc}`, username: 'enterprise-user', name: demoPersonName(e.uscc) }, target, new Date(ctx.now.getTime() - age))
  }
  // the demo users' own: few and recognisable
  const mine: [AppealStatus | 'reopened' | 'overdue', number][] = [['responded', 9], ['in_progress', 4], ['closed', 60]]
  for (const [uscc, owner] of Object.entries(owners)) {
    const e = enterprises.find((x) => x.uscc === uscc)
    if (!e) continue
    for (const [target, days] of mine) add(e, owner, target, new Date(ctx.now.getTime() - days * DAY))
  }
  return { appeals, events }
}
