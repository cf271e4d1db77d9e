import { personName } from '@servicepack/policy-rules'
import type { VueWrapper } from '@vue/test-utils'
import type { Coordinator } from '../api/users'
import type { Enterprise, EnterpriseChange, EnterpriseList, EnterprisePackage, EnterpriseSummary } from '../api/enterprises'

/** Test data shaped as the API answers it (types from the generated client). */
export const KEY_USCC = '91310000MA1FL1234Q'

export function summary(overrides: Partial<EnterpriseSummary> = {}): EnterpriseSummary {
  return {
    uscc: KEY_USCC,
    name: '上海临港智能装备股份有限公司',
    isKey: true,
    industry: 'high-end-equipment',
    district: 'pudong',
    annualOutputValue: 2_600_000_000,
    stewardName: null,
    stewardSub: null,
    stewardLegacyName: null,
    version: 3,
    updatedAt: '2026-11-26T02:30:00.000Z',
    ...overrides,
  }
}

/** The coordinators who have signed in (GET /api/users/coordinators). */
export const coordinators: Coordinator[] = [
  { sub: 'c1000000-0000-4000-8000-000000000001', username: 'coordinator', name: '晓东 陈', email: 'coordinator@demo.servicepack.example', lastSeenAt: '2026-11-26T01:00:00.000Z', lastPhone: '021-2311 2345', enterpriseCount: 12 },
  { sub: 'c2000000-0000-4000-8000-000000000002', username: 'coordinator-2', name: '芳 王', email: 'coordinator-2@demo.servicepack.example', lastSeenAt: '2026-11-25T08:30:00.000Z', lastPhone: null, enterpriseCount: 0 },
]

/** The steward an enterprise has when a coordinator account was assigned. */
export function stewardOf(coordinator: Coordinator, phone = '021-2311 2345') {
  return { sub: coordinator.sub, username: coordinator.username, name: personName(coordinator.name) || coordinator.username, phone, email: coordinator.email, assignedBy: 'coordinator', assignedByName: '陈晓东', assignedAt: '2026-11-26T03:00:00.000Z' }
}

/** Chooses a coordinator in a steward dialog's select, as a click on the option would. */
export async function chooseCoordinator(wrapper: Pick<VueWrapper, 'findComponent'>, sub: string): Promise<void> {
  wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', sub)
  await new Promise((resolve) => setTimeout(resolve))
}

export function page(items: EnterpriseSummary[], overrides: Partial<EnterpriseList> = {}): EnterpriseList {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides }
}

export const twoEnterprises = page([
  summary(),
  summary({
    uscc: '91310112MA1G8R3N83',
    name: '上海瑞康生物医药科技有限公司',
    isKey: false,
    industry: 'biomedicine',
    district: 'minhang',
    annualOutputValue: 420_000_000,
    stewardName: '李敏',
    stewardSub: 'c2000000-0000-4000-8000-000000000002',
  }),
])

export function enterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    uscc: KEY_USCC,
    name: '上海临港智能装备股份有限公司',
    contactName: '张伟',
    contactPhone: '021-5888 1234',
    contactEmail: 'zhangwei@lingang.example',
    facts: { district: 'pudong', industry: 'high-end-equipment', annualOutputValue: 2_600_000_000, firstSetCertified: true, firstSetContractAmount: 45_000_000 },
    isKey: true,
    steward: null,
    version: 3,
    allowedActions: ['assignSteward'],
    createdAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-26T02:30:00.000Z',
    ...overrides,
  }
}

export const packageOf: EnterprisePackage = {
  uscc: KEY_USCC,
  asOf: '2026-11-26',
  total: { min: 0, max: 13_500_000 },
  steward: null,
  evaluations: [
    {
      measureId: 'first-set-equipment',
      status: 'eligible',
      amount: { min: 0, max: 13_500_000 },
      amountPerPerson: null,
      missing: [],
      reasons: ['首台(套)/首批次认定：是'],
      reasonsEn: ['First-set recognition: yes'],
      trace: [],
      reference: { document: '沪府办规〔2025〕20号', clause: '(一)' },
      bureaus: ['sheitc'],
    },
    {
      measureId: 'labour-support',
      status: 'eligible',
      amount: null,
      amountPerPerson: null,
      missing: [],
      reasons: ['本条未明确资金标准'],
      trace: [],
      reference: { document: '沪府办规〔2025〕20号', clause: '(十)' },
      bureaus: ['hrss', 'gov-pudong'],
    },
    {
      measureId: 'talent-award',
      status: 'eligible',
      amount: null,
      amountPerPerson: { min: 0, max: 300_000 },
      missing: [],
      reasons: ['支持申报人才专项奖励的人数为7人，满足“不低于1人”', '奖励：每位入选者最高30万元，归入选者本人，不是企业的资金，不计入企业可享资金合计'],
      trace: [],
      reference: { document: '沪府办规〔2025〕20号', clause: '(九)' },
      bureaus: ['sheitc', 'talent'],
    },
    {
      measureId: 'basic-research',
      status: 'unknown',
      amount: null,
      amountPerPerson: null,
      missing: ['basicResearchInvestment'],
      reasons: ['待补充：基础研究投入'],
      trace: [],
      reference: { document: '沪府办规〔2025〕20号', clause: '(四)' },
      bureaus: ['stcsm', 'sheitc'],
    },
    {
      measureId: 'rd-growth-reward',
      status: 'announced',
      amount: null,
      amountPerPerson: null,
      missing: [],
      reasons: ['研发费用连续高增长：是', '本项支持已公布、细则尚在研究制定：条件和金额以正式出台的办法为准，目前不能申请，也不计入企业可享资金'],
      trace: [],
      reference: { document: '沪府办规〔2025〕20号', clause: '(四)' },
      bureaus: ['stcsm', 'sheitc', 'sasac', 'commerce'],
    },
    {
      measureId: 'chemical-projects',
      status: 'ineligible',
      amount: null,
      amountPerPerson: null,
      missing: [],
      reasons: ['所属产业为高端装备，不在本条所列范围'],
      trace: [],
      reference: { document: '沪府办规〔2025〕20号', clause: '(六)' },
      bureaus: ['sheitc'],
    },
  ],
}

export const historyOf: EnterpriseChange[] = [
  {
    id: '2',
    at: '2026-11-26T02:30:00.000Z',
    actorUsername: 'enterprise-a',
    actorName: '明远 王',
    changes: [
      { field: 'facts.annualOutputValue', from: 900_000_000, to: 2_600_000_000 },
      { field: 'facts.basicResearchInvestment', from: null, to: 60_000_000 },
    ],
  },
  {
    id: '1',
    at: '2026-11-25T01:00:00.000Z',
    actorUsername: 'coordinator',
    actorName: null,
    changes: [
      { field: 'steward.name', from: null, to: '李敏' },
      { field: 'steward.phone', from: null, to: '021-1234 5678' },
      { field: 'steward.email', from: null, to: 'limin.sheitc.example' },
    ],
  },
]

/** The history as GET …/history pages it. */
export function historyPage(items: EnterpriseChange[] = historyOf, overrides: Record<string, unknown> = {}) {
  return { items, total: items.length, page: 1, pageSize: 20, fields: [...new Set(items.flatMap((e) => e.changes.map((c) => c.field)))].sort(), ...overrides }
}
