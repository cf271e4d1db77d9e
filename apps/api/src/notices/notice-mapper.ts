import { catalogues } from '@servicepack/policy-rules'
import type { AudienceCriteria } from './notice-audience.js'
import { renderNoticeMarkdown } from './notice-markdown.js'
import type { NoticeAction } from './notice-state.js'
import type { AudienceViewDto, MyRegistrationDto, NoticeDto, NoticeSummaryDto, RegistrationDto } from './notice-response.dto.js'
import type { Notice, NoticeRegistration } from './notice.entity.js'

const associationNames = new Map<string, string>(catalogues.associations.map((a) => [a.code, a.zh]))

export function associationName(code: string): string {
  return associationNames.get(code) ?? code
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

export function toAudienceView(a: AudienceCriteria): AudienceViewDto {
  return {
    industries: [...(a.industries ?? [])],
    districts: [...(a.districts ?? [])],
    keyEnterprise: typeof a.keyEnterprise === 'boolean' ? a.keyEnterprise : null,
    outputValueMin: a.outputValueMin ?? null,
    outputValueMax: a.outputValueMax ?? null,
    measureId: a.measureId ?? null,
  }
}

export function toMyRegistration(r: NoticeRegistration, waitlistPosition: number | null): MyRegistrationDto {
  return {
    id: r.id,
    status: r.status,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    attendees: r.attendees,
    waitlistPosition: r.status === 'waitlisted' ? waitlistPosition : null,
    createdAt: new Date(r.createdAt).toISOString(),
  }
}

export function toSummaryDto(n: Notice, myRegistration: MyRegistrationDto | null): NoticeSummaryDto {
  return {
    id: n.id,
    association: n.association,
    associationName: associationName(n.association),
    title: n.title,
    kind: n.kind,
    status: n.status,
    startsAt: new Date(n.startsAt).toISOString(),
    endsAt: new Date(n.endsAt).toISOString(),
    registrationDeadline: new Date(n.registrationDeadline).toISOString(),
    venue: n.venue,
    onlineUrl: n.onlineUrl,
    capacity: n.capacity,
    attendeeLimit: n.attendeeLimit,
    seatsTaken: n.seatsTaken,
    measureIds: [...n.measureIds],
    publishedAt: iso(n.publishedAt),
    myRegistration,
  }
}

export function toNoticeDto(n: Notice, extra: { myRegistration: MyRegistrationDto | null; waitlisted: number; allowedActions: NoticeAction[] }): NoticeDto {
  return {
    ...toSummaryDto(n, extra.myRegistration),
    body: n.body,
    bodyHtml: renderNoticeMarkdown(n.body),
    audience: toAudienceView(n.audience),
    waitlisted: extra.waitlisted,
    targetedCount: n.targetedCount,
    cancelledAt: iso(n.cancelledAt),
    cancelReason: n.cancelReason,
    version: n.version,
    allowedActions: extra.allowedActions,
  }
}

export function toRegistrationDto(r: NoticeRegistration & { enterpriseName?: string }, waitlistPosition: number | null): RegistrationDto {
  return {
    id: r.id,
    enterpriseUscc: r.enterpriseUscc,
    enterpriseName: r.enterpriseName ?? '',
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    attendees: r.attendees,
    status: r.status,
    waitlistPosition: r.status === 'waitlisted' ? waitlistPosition : null,
    attended: r.attended,
    promotedAt: iso(r.promotedAt),
    withdrawnAt: iso(r.withdrawnAt),
    createdAt: new Date(r.createdAt).toISOString(),
  }
}

/** The registration list's order: registered, the waitlist in its order, withdrawn. */
export function registrationOrder(a: NoticeRegistration, b: NoticeRegistration): number {
  const rank = { registered: 0, waitlisted: 1, withdrawn: 2 } as const
  return rank[a.status] - rank[b.status] || new Date(a.queuedAt).getTime() - new Date(b.queuedAt).getTime() || a.id.localeCompare(b.id)
}

/** 报名状态 in the exports. */
export const registrationStatusZh = { registered: '已报名', waitlisted: '候补', withdrawn: '已取消' } as const
