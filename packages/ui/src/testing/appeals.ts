import type { Appeal, AppealEvent, AppealSummary } from '../appeals/types'

/** An appeal as `GET /api/appeals/:id` answers it, for the apps' tests: enterprise-a's question about basic research. */
export function appealFixture(overrides: Partial<Appeal> = {}): Appeal {
  return {
    id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    mine: false,
    number: 'SQ-2026-000123',
    enterpriseUscc: '91310115MA1K4C7L8X',
    enterpriseName: '上海芯联微电子有限公司',
    categoryCode: 'rnd',
    kind: 'appeal',
    outcome: null,
    title: '基础研究补助申报咨询',
    measureId: 'basic-research',
    status: 'submitted',
    complexity: null,
    leadBureau: null,
    assistingBureaus: [],
    dueAt: null,
    overdue: false,
    dueSoon: false,
    pendingExtension: false,
    reopenCount: 0,
    createdAt: '2026-09-29T02:00:00.000Z',
    updatedAt: '2026-09-29T02:00:00.000Z',
    description: '我们今年基础研究投入6000万元，想了解申报材料。',
    snapshot: null,
    contactName: '王明远',
    contactPhone: '021-5555 0101',
    dispatchedAt: null,
    acceptDueAt: null,
    acceptedAt: null,
    answerDueAt: null,
    respondedAt: null,
    rateDueAt: null,
    closedAt: null,
    returnCount: 0,
    resolved: null,
    rating: null,
    extension: null,
    attachments: [],
    suggestedRouting: { lead: 'stcsm', assisting: ['sheitc', 'sasac', 'commerce'] },
    awaitingOpinionFrom: [],
    reopenReason: null,
    version: 1,
    allowedActions: [],
    ...overrides,
  }
}

/** The list row of an appeal. */
export function appealSummaryFixture(overrides: Partial<AppealSummary> = {}): AppealSummary {
  const { id, mine, number, enterpriseUscc, enterpriseName, categoryCode, kind, outcome, title, measureId, status, complexity, leadBureau, assistingBureaus, dueAt, overdue, dueSoon, pendingExtension, reopenCount, createdAt, updatedAt } =
    appealFixture(overrides as Partial<Appeal>)
  return { id, mine, number, enterpriseUscc, enterpriseName, categoryCode, kind, outcome, title, measureId, status, complexity, leadBureau, assistingBureaus, dueAt, overdue, dueSoon, pendingExtension, reopenCount, createdAt, updatedAt }
}

export function appealEventFixture(overrides: Partial<AppealEvent> & Pick<AppealEvent, 'id' | 'action' | 'party'>): AppealEvent {
  return { at: '2026-09-29T02:00:00.000Z', actorUsername: 'enterprise-a', actorName: '王明远', actorBureau: null, fromStatus: null, toStatus: 'submitted', note: null, data: null, ...overrides }
}
