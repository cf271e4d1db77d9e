/**
 * THE AUTHORIZATION MATRIX (issue 20 §3), declared once: for every operation of the OpenAPI document
 * and every caller (authz/roles.ts), what it gets.
 *
 * - `ok`: the caller passes (a read answers 2xx; a write is let through to validation);
 * - `401` / `403` / `404`: refused so; a `404` and a `403` must be the same for a nonexistent id
 *   (nothing tells a caller who may not see a record that it exists);
 * - `403 seen`: refused, but the caller sees the record (an assisting bureau asked to accept):
 *   a nonexistent id may answer 404.
 *
 * AN OPERATION WITHOUT A ROW FAILS authz-matrix.spec.ts. Rows are built from the route's declared
 * roles (`only`) and then the record's visibility (the overrides).
 */
import type { RoleName } from './roles.js'

export type Outcome = 'ok' | 401 | 403 | 404 | '403 seen'
export type Row = Record<RoleName, Outcome>

const ALL: RoleName[] = ['anonymous', 'enterpriseOwn', 'enterpriseOther', 'coordinator', 'bureauLead', 'bureauAssisting', 'bureauOther', 'associationOwn', 'associationOther', 'admin']
const E: RoleName[] = ['enterpriseOwn', 'enterpriseOther']
const B: RoleName[] = ['bureauLead', 'bureauAssisting', 'bureauOther']
const A: RoleName[] = ['associationOwn', 'associationOther']

/** Everyone, without a token. */
const pub = (): Row => Object.fromEntries(ALL.map((r) => [r, 'ok'])) as Row
/** Signed-in callers of these roles; other signed-in callers 403, no token 401. */
const only = (roles: RoleName[], over: Partial<Row> = {}): Row => ({ ...(Object.fromEntries(ALL.map((r) => [r, r === 'anonymous' ? 401 : roles.includes(r) ? 'ok' : 403])) as Row), ...over })
const signedIn = (over: Partial<Row> = {}) => only(ALL.filter((r) => r !== 'anonymous'), over)

/** Enterprise A's appeal, dispatched to sheitc (lead) with stcsm assisting. */
const appealSeen = { enterpriseOther: 404, bureauOther: 404, associationOwn: 404, associationOther: 404 } as const
/** A bureau's act on it: the lead's; the assisting bureau sees it, the other bureau does not. */
const leadAct = only(B, { bureauAssisting: '403 seen', bureauOther: 404 })
/** Association-ic's published notice, reaching enterprise A. */
const noticeSeen = { enterpriseOther: 404, bureauLead: 404, bureauAssisting: 404, bureauOther: 404, associationOther: 404 } as const
const noticeOwner = only(['associationOwn', 'associationOther'], { associationOther: 404 })
const noticeManagers = only(['coordinator', 'admin', ...A], { associationOther: 404 })

export const matrix: Record<string, Row> = {
  'GET /api/health': pub(),
  'GET /api/health/live': pub(),
  'GET /api/health/ready': pub(),
  'GET /api/users/coordinators': only(['coordinator', 'admin']),
  'GET /api/me': signedIn(),
  'POST /api/measures/evaluate': pub(),
  'GET /api/open-data/appeal-rates': pub(),
  'GET /api/open-data/appeal-rates/{file}': pub(),
  'POST /api/open-data/appeal-rates/{month}/corrections': only(['coordinator', 'admin']),
  'GET /api/answers': pub(),
  'GET /api/answers/{id}': pub(),
  'GET /api/answers/review': only(['coordinator', 'admin', ...B]),
  'GET /api/answers/suggestion-stats': only(['coordinator', 'admin']),
  // the lead bureau drafts from its appeal; the assisting and other bureaus do not see it as theirs to publish
  'GET /api/answers/drafts/{appealId}': only(B, { bureauAssisting: 404, bureauOther: 404 }),
  'POST /api/answers': only(B, { bureauAssisting: 404, bureauOther: 404 }),
  'POST /api/answers/{id}/approve': only(['coordinator']),
  'POST /api/answers/{id}/decline': only(['coordinator']),
  'POST /api/answers/{id}/withdraw': only(['coordinator']),
  'POST /api/answers/{id}/supersede': only(['coordinator']),
  'POST /api/answers/suggestion-events': only(E),
  'GET /api/enterprises/me': only(E),
  'PUT /api/enterprises/me': only(E),
  'GET /api/enterprises/me/package': only(E),
  'GET /api/enterprises/me/history': only(E),
  'GET /api/enterprises': only(['coordinator', 'admin']),
  'GET /api/enterprises/export': only(['coordinator', 'admin']),
  'GET /api/enterprises/counts': only(['coordinator', 'admin']),
  'PUT /api/enterprises/stewards': only(['coordinator']),
  'GET /api/enterprises/{uscc}': only(['coordinator', 'admin']),
  'GET /api/enterprises/{uscc}/package': only(['coordinator', 'admin']),
  'GET /api/enterprises/{uscc}/history': only(['coordinator', 'admin']),
  'PUT /api/enterprises/{uscc}/steward': only(['coordinator']),
  'POST /api/appeals': only(E),
  'GET /api/appeals': signedIn(),
  'GET /api/appeals/export': signedIn(),
  'GET /api/appeals/counts': signedIn(),
  'GET /api/appeals/{id}': signedIn(appealSeen),
  'GET /api/appeals/{id}/events': signedIn(appealSeen),
  'POST /api/appeals/{id}/attachments': signedIn({ ...appealSeen }),
  'GET /api/appeals/{id}/attachments/{attachmentId}': signedIn(appealSeen),
  /** Only whoever attached the file removes it; the others who see the appeal are refused. */
  'DELETE /api/appeals/{id}/attachments/{attachmentId}': signedIn({ ...appealSeen, coordinator: '403 seen', bureauLead: '403 seen', bureauAssisting: '403 seen', admin: '403 seen' }),
  'POST /api/appeals/{id}/dispatch': only(['coordinator']),
  'POST /api/appeals/{id}/accept': leadAct,
  'POST /api/appeals/{id}/return': leadAct,
  'POST /api/appeals/{id}/respond': leadAct,
  'POST /api/appeals/{id}/rate': only(E, { enterpriseOther: 404 }),
  'POST /api/appeals/{id}/withdraw': only(E, { enterpriseOther: 404 }),
  'POST /api/appeals/{id}/opinions': only(B, { bureauLead: '403 seen', bureauOther: 404 }),
  'POST /api/appeals/{id}/messages': signedIn(appealSeen),
  'POST /api/appeals/{id}/extension-requests': leadAct,
  'POST /api/appeals/{id}/extension-requests/{requestId}/approve': only(['coordinator']),
  'POST /api/appeals/{id}/extension-requests/{requestId}/refuse': only(['coordinator']),
  'POST /api/appeals/{id}/close': only(['coordinator']),
  'GET /api/notifications': signedIn(),
  'GET /api/notifications/history': signedIn(),
  'POST /api/notifications/read-all': signedIn(),
  'POST /api/notifications/{id}/read': only(['enterpriseOwn'], Object.fromEntries(ALL.filter((r) => r !== 'anonymous' && r !== 'enterpriseOwn').map((r) => [r, 404]))),
  'POST /api/notices': only(A),
  'GET /api/notices': signedIn(),
  'POST /api/notices/render': only(['coordinator', 'admin', ...A]),
  // 免申即享 (issue 23 §3–§4): the enterprise's own pushes; the bureaus' answer (validation first); the coordinators' funnel
  'GET /api/measure-push/me': only(E),
  'PUT /api/measure-push/me/settings': only(E),
  'POST /api/measure-push/me/opened': only(E),
  'POST /api/measure-push/me/confirm': only(E),
  'POST /api/measure-push/me/objection': only(E),
  'POST /api/applications/{id}/answer': only(B),
  'GET /api/measure-funnel': only(['coordinator', 'admin']),
  'GET /api/measure-funnel/export': only(['coordinator', 'admin']),
  'GET /api/measure-funnel/enterprises': only(['coordinator', 'admin']),
  'POST /api/notices/audience-preview': only(['coordinator', 'admin', ...A]),
  'GET /api/notices/counts': signedIn(),
  'GET /api/notices/coverage': only(['coordinator', 'admin']),
  'GET /api/notices/by-measure': only(E),
  'GET /api/notices/{id}': signedIn(noticeSeen),
  'PATCH /api/notices/{id}': noticeOwner,
  'POST /api/notices/{id}/publish': noticeOwner,
  'POST /api/notices/{id}/cancel': noticeOwner,
  'GET /api/notices/{id}/audience-preview': noticeManagers,
  'POST /api/notices/{id}/registrations': only(E, { enterpriseOther: 404 }),
  'GET /api/notices/{id}/registrations': noticeManagers,
  'PUT /api/notices/{id}/registrations/me': only(E, { enterpriseOther: 404 }),
  'DELETE /api/notices/{id}/registrations/me': only(E, { enterpriseOther: 404 }),
  'GET /api/notices/{id}/registrations/export': noticeManagers,
  'POST /api/notices/{id}/attendance': noticeOwner,
  'GET /api/notices/{id}/coverage': noticeManagers,
  'GET /api/notices/{id}/calendar.ics': signedIn(noticeSeen),
  'GET /api/metrics/appeals': only(['coordinator', 'admin', ...B]),
  'GET /api/metrics/appeals/export': only(['coordinator', 'admin', ...B]),
  'GET /api/admin/changes': only(['admin']),
  'GET /api/admin/routing': only(['coordinator', 'admin']),
  'PUT /api/admin/routing': only(['admin']),
  'DELETE /api/admin/routing/{categoryCode}': only(['admin']),
  'GET /api/admin/deadline-policy': only(['coordinator', 'admin']),
  'PUT /api/admin/deadline-policy': only(['admin']),
  'GET /api/admin/calendar/{year}': only(['coordinator', 'admin']),
  'PUT /api/admin/calendar/{year}/days/{date}': only(['admin']),
  'POST /api/admin/calendar/{year}/load': only(['admin']),
  'POST /api/admin/calendar/{year}/import': only(['admin']),
  'GET /api/admin/response-templates': only(['admin']),
  'POST /api/admin/response-templates': only(['admin']),
  'PUT /api/admin/response-templates/{id}': only(['admin']),
  'DELETE /api/admin/response-templates/{id}': only(['admin']),
  'GET /api/response-templates': only(['coordinator', 'admin', ...B]),
}
