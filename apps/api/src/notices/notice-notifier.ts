import { Injectable } from '@nestjs/common'
import type { EntityManager } from 'typeorm'
import { NotificationsService } from '../notifications/notifications.service.js'
import type { NoticeChange, NoticeRecipients, NoticeTell } from './notice-effects.js'
import { associationName } from './notice-mapper.js'
import { registrantUsccs } from './notice-registration.queries.js'
import type { RegistrationStatus } from './notice-state.js'
import type { Notice } from './notice.entity.js'

/** The registrations each recipient group of notice-effects.ts reads from the table (the others the caller holds). */
const FROM_REGISTRATIONS: Partial<Record<NoticeRecipients, readonly RegistrationStatus[]>> = {
  registrants: ['registered', 'waitlisted'],
  seated: ['registered'],
}

/** What the caller holds: the groups it computed (newly reached, promoted) and the extra data told. */
export interface TellContext {
  known?: Partial<Record<NoticeRecipients, readonly string[]>>
  changes?: readonly NoticeChange[]
  reason?: string | null
}

/**
 * Applies the `tell` of notice-effects.ts: each group is told its notification, set-based, in the
 * change's transaction (mail queued with it).
 */
@Injectable()
export class NoticeNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async tell(em: EntityManager, notice: Notice, tells: readonly NoticeTell[], context: TellContext = {}): Promise<void> {
    for (const t of tells) {
      const usccs = await this.recipients(em, notice.id, t.to, context)
      const extra = t.with === 'changes' ? { changes: context.changes ?? [] } : t.with === 'reason' ? { reason: context.reason ?? null } : {}
      await this.notifications.notifyEnterprises(em, usccs, t.kind, { ...noticeData(notice), ...extra })
    }
  }

  private async recipients(em: EntityManager, noticeId: string, to: NoticeRecipients, context: TellContext): Promise<readonly string[]> {
    const statuses = FROM_REGISTRATIONS[to]
    if (statuses) return registrantUsccs(em, noticeId, statuses)
    const known = context.known?.[to]
    if (!known) throw new Error(`The ${to} of notice ${noticeId} were not given`)
    return known
  }
}

/** What notification texts need of a notice. */
export function noticeData(n: Notice): Record<string, unknown> {
  return { noticeId: n.id, title: n.title, startsAt: new Date(n.startsAt).toISOString(), association: n.association, associationName: associationName(n.association) }
}
