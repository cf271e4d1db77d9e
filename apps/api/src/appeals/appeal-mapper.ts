import { suggestRouting, type RoutingEntry } from '@servicepack/policy-rules'
import type { AppealViewer } from './appeal-access.js'
import { appealAccess, appealActionsFor } from './appeal-access.js'
import type { AppealAttachment } from './appeal-attachment.entity.js'
import type { AppealEvent } from './appeal-event.entity.js'
import type { AppealExtensionRequest } from './appeal-extension.entity.js'
import { noteFor, noteReadersOf, type NoteReader } from './appeal-note-audience.js'
import type { Appeal } from './appeal.entity.js'
import type { AppealDto, AppealEventDto, AppealSummaryDto } from './appeal-response.dto.js'

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

/** The deadline that applies in the current status: accept, answer, or rating (auto-close). */
export function dueOf(a: Pick<Appeal, 'status' | 'acceptDueAt' | 'answerDueAt' | 'rateDueAt'>): Date | null {
  switch (a.status) {
    case 'dispatched': return a.acceptDueAt
    case 'in_progress': return a.answerDueAt
    case 'responded': return a.rateDueAt
    default: return null
  }
}

/**
 * Overdue and due-soon apply to the handlers' deadlines (accept, answer), not to the enterprise's
 * rating. Due soon (即将超期): not yet past and at most `dueSoonUntil` (calendar/working-days.ts:
 * the end of today or of the next working day(s), per the deadline policy).
 */
export function timing(a: Pick<Appeal, 'status' | 'acceptDueAt' | 'answerDueAt' | 'rateDueAt'>, now: Date, dueSoonUntil: Date): { overdue: boolean; dueSoon: boolean } {
  const due = dueOf(a)
  if (!due || (a.status !== 'dispatched' && a.status !== 'in_progress')) return { overdue: false, dueSoon: false }
  const t = new Date(due).getTime()
  return { overdue: t < now.getTime(), dueSoon: t >= now.getTime() && t <= dueSoonUntil.getTime() }
}

/** `mine`: the enterprise's 服务管家 is the viewer. */
export function toSummaryDto(a: Appeal, enterpriseName: string, now: Date, policy: { dueSoonUntil: Date }, mine = false): AppealSummaryDto {
  return {
    id: a.id,
    mine,
    number: a.number,
    enterpriseUscc: a.enterpriseUscc,
    enterpriseName,
    categoryCode: a.categoryCode,
    title: a.title,
    measureId: a.measureId,
    kind: a.kind,
    outcome: a.outcome,
    status: a.status,
    complexity: a.complexity,
    leadBureau: a.leadBureau,
    assistingBureaus: a.assistingBureaus,
    dueAt: iso(dueOf(a)),
    ...timing(a, now, policy.dueSoonUntil),
    pendingExtension: a.pendingExtension,
    reopenCount: a.reopenCount,
    createdAt: new Date(a.createdAt).toISOString(),
    updatedAt: new Date(a.updatedAt).toISOString(),
  }
}

export function toAppealDto(
  a: Appeal,
  ctx: {
    enterpriseName: string
    enterpriseDistrict: string | null
    /** the enterprise's 服务管家 is the viewer */
    mine: boolean
    extension: AppealExtensionRequest | null
    attachments: AppealAttachment[]
    viewer: AppealViewer
    now: Date
    policy: { dueSoonUntil: Date }
    /** The routing catalogue in force while the appeal waits for a dispatch; null once dispatched (no suggestion then). */
    routing: readonly RoutingEntry[] | null
    /** Assisting bureaus with no opinion since the dispatch. */
    awaitingOpinionFrom?: string[]
    /** The enterprise's reason with the rating that reopened it (while re-handled). */
    reopenReason?: string | null
  },
): AppealDto {
  const e = ctx.extension
  const readers = noteReadersOf(ctx.viewer, appealAccess(ctx.viewer, a).parties)
  return {
    ...toSummaryDto(a, ctx.enterpriseName, ctx.now, ctx.policy, ctx.mine),
    description: a.description,
    snapshot: a.snapshot,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    dispatchedAt: iso(a.dispatchedAt),
    acceptDueAt: iso(a.acceptDueAt),
    acceptedAt: iso(a.acceptedAt),
    answerDueAt: iso(a.answerDueAt),
    respondedAt: iso(a.respondedAt),
    rateDueAt: iso(a.rateDueAt),
    closedAt: iso(a.closedAt),
    returnCount: a.returnCount,
    resolved: a.resolved,
    rating: a.rating,
    extension: e
      ? { id: e.id, workingDays: e.workingDays, reason: noteFor('request_extension', e.reason, readers), status: e.status, requestedBy: e.requestedBy, requestedByName: e.requestedByName ?? null, decidedBy: e.decidedBy, decidedByName: e.decidedByName ?? null, decidedAt: iso(e.decidedAt), createdAt: new Date(e.createdAt).toISOString() }
      : null,
    attachments: ctx.attachments.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, uploadedBy: f.uploadedBy, uploadedByName: f.uploadedByName ?? null, createdAt: new Date(f.createdAt).toISOString() })),
    suggestedRouting: ctx.routing ? suggestRouting({ categoryCode: a.categoryCode, measureId: a.measureId, district: ctx.enterpriseDistrict }, ctx.routing) : null,
    awaitingOpinionFrom: ctx.awaitingOpinionFrom ?? [],
    reopenReason: ctx.reopenReason ?? null,
    version: a.version,
    allowedActions: appealActionsFor(ctx.viewer, a),
  }
}

/** An event as `readers` may read it (appeal-note-audience.ts: the note, or null). */
export function toEventDto(e: AppealEvent, readers: readonly NoteReader[]): AppealEventDto {
  return {
    id: String(e.id),
    at: new Date(e.at).toISOString(),
    actorUsername: e.actorUsername,
    actorName: e.actorName ?? null,
    party: e.party,
    actorBureau: e.actorBureau,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: noteFor(e.action, e.note, readers),
    data: e.data,
  }
}
