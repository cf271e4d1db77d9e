/**
 * Who calls each operation of the OpenAPI document in the generated hostile suite, with which real
 * records in its path and which valid body (each hostile case changes one thing of it).
 *
 * A NEW OPERATION OF THE DOCUMENT NEEDS A ROW HERE: the suite fails on an operation without one
 * (and on a row whose operation is gone). `user: null` calls without a token.
 */
import type { DemoUser } from '../helpers/tokens.js'
import { validNotice, type Fixtures } from './fixtures.js'

export interface Caller {
  user: DemoUser | null
  /** path parameter → the fixture whose id it takes */
  path?: Record<string, keyof Fixtures>
  /** a body the operation accepts (validation answers before any state check) */
  body?: (f: Fixtures) => Record<string, unknown>
  /** query parameters the operation requires (each hostile case replaces one of them) */
  query?: Record<string, string>
}

/** Rows for operations other branches are adding: kept here so that the merge needs no edit. */
export const expectedSoon = ['GET /api/health/live', 'GET /api/health/ready']

const appeal = { id: 'appeal' } as const
const notice = { id: 'notice' } as const

export const callers: Record<string, Caller> = {
  'GET /api/health': { user: null },
  'GET /api/health/live': { user: null },
  'GET /api/health/ready': { user: null },
  'GET /api/users/coordinators': { user: 'coordinator' },
  'GET /api/me': { user: 'enterprise-a' },
  'POST /api/measures/evaluate': { user: null, body: () => ({ facts: {} }) },
  'GET /api/open-data/appeal-rates': { user: null },
  'GET /api/open-data/appeal-rates/{file}': { user: null, path: { file: 'openDataFile' } },
  'POST /api/open-data/appeal-rates/{month}/corrections': { user: 'coordinator', path: { month: 'openDataMonth' }, body: () => ({ note: '补录一件逾期答复' }) },
  'GET /api/answers': { user: null },
  'GET /api/answers/{id}': { user: null, path: { id: 'answer' } },
  'GET /api/answers/review': { user: 'coordinator' },
  'GET /api/answers/suggestion-stats': { user: 'coordinator' },
  'GET /api/answers/drafts/{appealId}': { user: 'bureau-sheitc', path: { appealId: 'appeal' } },
  'POST /api/answers': { user: 'bureau-sheitc', body: (f) => ({ appealId: f.appeal, question: '首台套怎么申报？', answer: '向市经济信息化委申报。', measureId: 'first-set-equipment', categoryCode: 'first-set' }) },
  'POST /api/answers/{id}/approve': { user: 'coordinator', path: { id: 'answerSpare' }, body: () => ({ question: '首台套如何申报？' }) },
  'POST /api/answers/{id}/decline': { user: 'coordinator', path: { id: 'answerSpare' }, body: () => ({ note: '与已有问答重复' }) },
  'POST /api/answers/{id}/withdraw': { user: 'coordinator', path: { id: 'answerSpare' }, body: () => ({ note: '政策已调整' }) },
  'POST /api/answers/{id}/supersede': { user: 'coordinator', path: { id: 'answerSpare' }, body: () => ({ question: '首台套怎么申报？', answer: '按2027年申报指南申报。', measureId: 'first-set-equipment', categoryCode: 'first-set', note: '指南更新' }) },
  'POST /api/answers/suggestion-events': { user: 'enterprise-a', body: () => ({ session: '6f1c1f7e-3c1a-4d2b-9a57-0a6f6f0c1d2e', event: 'opened', answerId: '6f1c1f7e-3c1a-4d2b-9a57-0a6f6f0c1d2f' }) },
  'GET /api/enterprises/me': { user: 'enterprise-a' },
  'PUT /api/enterprises/me': { user: 'enterprise-a', body: () => ({ name: '上海芯联微电子有限公司', contactName: '张三', contactPhone: '021-50801234', contactEmail: 'a@example.com', facts: { industry: 'integrated-circuits' }, version: 999 }) },
  'GET /api/enterprises/me/package': { user: 'enterprise-a' },
  'GET /api/enterprises/me/history': { user: 'enterprise-a' },
  'GET /api/enterprises': { user: 'coordinator' },
  'GET /api/enterprises/export': { user: 'coordinator', query: { format: 'csv' } },
  'GET /api/enterprises/counts': { user: 'coordinator' },
  'PUT /api/enterprises/stewards': { user: 'coordinator', body: (f) => ({ stewardSub: '00000000-0000-4000-8000-000000000000', phone: '021-23119999', enterprises: [{ uscc: f.uscc, version: 999 }] }) },
  'GET /api/enterprises/{uscc}': { user: 'coordinator', path: { uscc: 'uscc' } },
  'GET /api/enterprises/{uscc}/package': { user: 'coordinator', path: { uscc: 'uscc' } },
  'GET /api/enterprises/{uscc}/history': { user: 'coordinator', path: { uscc: 'uscc' } },
  'PUT /api/enterprises/{uscc}/steward': { user: 'coordinator', path: { uscc: 'uscc' }, body: () => ({ stewardSub: '00000000-0000-4000-8000-000000000000', phone: '021-23112345', version: 999 }) },
  'POST /api/appeals': { user: 'enterprise-a', body: () => ({ categoryCode: 'rnd', title: '咨询', description: '说明', measureId: 'basic-research', asOf: '2026-11-26', contactName: '张三', contactPhone: '021-50801234' }) },
  'GET /api/appeals': { user: 'coordinator' },
  'GET /api/appeals/export': { user: 'coordinator', query: { format: 'csv' } },
  'GET /api/appeals/counts': { user: 'coordinator', query: { lead: 'sheitc', everOverdue: 'true', dispatchedFrom: '2026-01-01' } },
  'GET /api/appeals/{id}': { user: 'coordinator', path: appeal },
  'GET /api/appeals/{id}/events': { user: 'enterprise-a', path: appeal },
  'POST /api/appeals/{id}/attachments': { user: 'enterprise-a', path: appeal },
  'GET /api/appeals/{id}/attachments/{attachmentId}': { user: 'enterprise-a', path: { id: 'appeal', attachmentId: 'attachment' } },
  'DELETE /api/appeals/{id}/attachments/{attachmentId}': { user: 'enterprise-a', path: { id: 'appeal', attachmentId: 'attachment' } },
  'POST /api/appeals/{id}/dispatch': { user: 'coordinator', path: { id: 'appealSubmitted' }, body: () => ({ leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple', note: '请办理' }) },
  'POST /api/appeals/{id}/accept': { user: 'bureau-sheitc', path: appeal },
  'POST /api/appeals/{id}/return': { user: 'bureau-sheitc', path: appeal, body: () => ({ reason: '不属于本单位' }) },
  'POST /api/appeals/{id}/respond': { user: 'bureau-sheitc', path: appeal, body: () => ({ body: '答复：请按通知准备申报材料。' }) },
  'POST /api/appeals/{id}/rate': { user: 'enterprise-a', path: appeal, body: () => ({ resolved: true, rating: 'satisfied', comment: '好' }) },
  'POST /api/appeals/{id}/withdraw': { user: 'enterprise-a', path: { id: 'appealSubmitted' }, body: () => ({ note: '撤回' }) },
  'POST /api/appeals/{id}/opinions': { user: 'bureau-stcsm', path: appeal, body: () => ({ body: '意见' }) },
  'POST /api/appeals/{id}/messages': { user: 'enterprise-a', path: appeal, body: () => ({ body: '留言' }) },
  'POST /api/appeals/{id}/extension-requests': { user: 'bureau-sheitc', path: appeal, body: () => ({ workingDays: 3, reason: '核查' }) },
  'POST /api/appeals/{id}/extension-requests/{requestId}/approve': { user: 'coordinator', path: { id: 'appeal', requestId: 'extensionRequest' }, body: () => ({ note: '同意' }) },
  'POST /api/appeals/{id}/extension-requests/{requestId}/refuse': { user: 'coordinator', path: { id: 'appeal', requestId: 'extensionRequest' }, body: () => ({ note: '不同意' }) },
  'POST /api/appeals/{id}/close': { user: 'coordinator', path: appeal, body: () => ({ note: '办结' }) },
  'GET /api/notifications': { user: 'enterprise-a' },
  'GET /api/notifications/history': { user: 'enterprise-a', query: { unread: 'true', kind: 'appeal', page: '1', pageSize: '20' } },
  'POST /api/notifications/read-all': { user: 'enterprise-a' },
  'POST /api/notifications/{id}/read': { user: 'enterprise-a', path: { id: 'notification' } },
  'POST /api/notices': { user: 'association-ic', body: () => validNotice },
  'GET /api/notices': { user: 'association-ic' },
  'POST /api/notices/render': { user: 'association-ic', body: () => ({ body: '# x' }) },
  // 免申即享 (issue 23 §3–§4)
  'GET /api/measure-push/me': { user: 'enterprise-a' },
  'PUT /api/measure-push/me/settings': { user: 'enterprise-a', body: () => ({ inApp: true, email: true }) },
  'POST /api/measure-push/me/opened': { user: 'enterprise-a', body: () => ({ measureId: 'basic-research' }) },
  'POST /api/measure-push/me/confirm': { user: 'enterprise-a', body: () => ({ measureId: 'basic-research' }) },
  'POST /api/measure-push/me/objection': { user: 'enterprise-a', body: () => ({ measureId: 'basic-research', kind: 'facts' }) },
  'POST /api/applications/{id}/answer': { user: 'bureau-sheitc', path: appeal, body: () => ({ outcome: 'refused', reason: '不符合条件' }) },
  'GET /api/measure-funnel': { user: 'coordinator' },
  'GET /api/measure-funnel/export': { user: 'coordinator', query: { format: 'csv' } },
  'GET /api/measure-funnel/enterprises': { user: 'coordinator', query: { measureId: 'basic-research', stage: 'eligible' } },
  'POST /api/notices/audience-preview': { user: 'association-ic', body: () => ({ audience: { industries: ['integrated-circuits'] } }) },
  'GET /api/notices/counts': { user: 'association-ic' },
  'GET /api/notices/coverage': { user: 'coordinator' },
  'GET /api/notices/by-measure': { user: 'enterprise-a', query: { perMeasure: '3' } },
  'GET /api/notices/{id}': { user: 'association-ic', path: notice },
  'PATCH /api/notices/{id}': { user: 'association-ic', path: { id: 'noticeDraft' }, body: () => ({ title: '改期', venue: '张江', body: '议程' }) },
  'POST /api/notices/{id}/publish': { user: 'association-ic', path: { id: 'noticeDraft' } },
  'POST /api/notices/{id}/cancel': { user: 'association-ic', path: notice, body: () => ({ reason: '取消' }) },
  'GET /api/notices/{id}/audience-preview': { user: 'association-ic', path: notice },
  'POST /api/notices/{id}/registrations': { user: 'enterprise-a', path: notice, body: () => ({ contactName: '张三', contactPhone: '021-50801234', attendees: 1 }) },
  'GET /api/notices/{id}/registrations': { user: 'association-ic', path: notice },
  'PUT /api/notices/{id}/registrations/me': { user: 'enterprise-a', path: notice, body: () => ({ contactName: '张三', contactPhone: '021-50801234', attendees: 1 }) },
  'DELETE /api/notices/{id}/registrations/me': { user: 'enterprise-a', path: notice },
  'GET /api/notices/{id}/registrations/export': { user: 'association-ic', path: notice, query: { format: 'xlsx' } },
  'POST /api/notices/{id}/attendance': { user: 'association-ic', path: notice, body: () => ({ marks: [{ registrationId: '00000000-0000-4000-8000-000000000000', attended: true }] }) },
  'GET /api/notices/{id}/coverage': { user: 'coordinator', path: notice },
  'GET /api/notices/{id}/calendar.ics': { user: 'enterprise-a', path: notice },
  'GET /api/metrics/appeals': { user: 'coordinator', query: { from: '2026-01-01', to: '2026-06-30' } },
  'GET /api/metrics/appeals/export': { user: 'coordinator', query: { from: '2026-01-01', to: '2026-06-30', format: 'csv' } },
  'GET /api/admin/changes': { user: 'admin' },
  'GET /api/admin/routing': { user: 'admin' },
  'PUT /api/admin/routing': { user: 'admin', body: () => ({ entries: [{ categoryCode: 'other', lead: 'sheitc', assisting: ['stcsm'], districtGovernment: false, version: 999 }] }) },
  'DELETE /api/admin/routing/{categoryCode}': { user: 'admin', path: { categoryCode: 'categoryCode' } },
  'GET /api/admin/deadline-policy': { user: 'admin' },
  'PUT /api/admin/deadline-policy': { user: 'admin', body: () => ({ acceptDays: 2, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: 999 }) },
  'GET /api/admin/calendar/{year}': { user: 'admin', path: { year: 'year' } },
  'PUT /api/admin/calendar/{year}/days/{date}': { user: 'admin', path: { year: 'year', date: 'date' }, body: () => ({ working: false, name: '测试' }) },
  'POST /api/admin/calendar/{year}/load': { user: 'admin', path: { year: 'year' }, body: () => ({ replace: true }) },
  'POST /api/admin/calendar/{year}/import': { user: 'admin', path: { year: 'year' }, body: () => ({ text: '2027-01-01 休 元旦' }) },
  'GET /api/admin/response-templates': { user: 'admin' },
  'POST /api/admin/response-templates': { user: 'admin', body: () => ({ bureau: 'planning', title: '模板', body: '答复' }) },
  'PUT /api/admin/response-templates/{id}': { user: 'admin', path: { id: 'template' }, body: () => ({ bureau: 'planning', title: '模板', body: '答复', version: 999 }) },
  'DELETE /api/admin/response-templates/{id}': { user: 'admin', path: { id: 'template' } },
  'GET /api/response-templates': { user: 'bureau-planning' },
}
