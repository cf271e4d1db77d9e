import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import { NoticeAudienceService } from './notice-audience.service.js'
import { noticeChanges, noticeEffects, type NoticeEffects, type NoticeEvent } from './notice-effects.js'
import { blankToNull, cleanAudience, createdFields, updatedFields } from './notice-fields.js'
import { renderNoticeMarkdown } from './notice-markdown.js'
import { NoticeNotifier, type TellContext } from './notice-notifier.js'
import { NoticeReads } from './notice-reads.service.js'
import { findForAction } from './notice-records.js'
import { NoticeRegistrations } from './notice-registrations.service.js'
import type { CreateNoticeDto, UpdateNoticeDto } from './notice-request.dto.js'
import type { NoticeDto } from './notice-response.dto.js'
import type { Notice } from './notice.entity.js'
import { insertNotice } from './notice.queries.js'

/**
 * An association's notice from draft to publication or cancellation: create, edit, publish,
 * cancel. Each change is one transaction under the notice's row lock; what it does besides
 * (the audience reached and told, the registrants told, the reminder reset, the waitlist moved up)
 * is the table of notice-effects.ts, applied by `effect`.
 */
@Injectable()
export class NoticeDrafts {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly reads: NoticeReads,
    private readonly audience: NoticeAudienceService,
    private readonly registrations: NoticeRegistrations,
    private readonly notifier: NoticeNotifier,
  ) {}

  async create(viewer: Viewer, dto: CreateNoticeDto): Promise<NoticeDto> {
    const association = viewer.principal.association
    if (!association) throw new ApiException(403, 'FORBIDDEN', 'Your account carries no association')
    const fields = createdFields(dto)
    const now = this.clock.now()
    const id = await insertNotice(this.db.manager, {
      ...fields,
      association,
      createdBySub: viewer.principal.sub,
      createdByUsername: viewer.principal.username,
      status: 'draft',
      seatsTaken: 0,
      targetedCount: 0,
      createdAt: now,
      updatedAt: now,
    })
    return this.reads.get(viewer, id, { recordOpening: false })
  }

  /** On a published notice a change of time, place or audience tells the registrants; a new audience or date is reached anew. */
  async update(viewer: Viewer, id: string, dto: UpdateNoticeDto): Promise<NoticeDto> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now()
      const { notice } = await findForAction(viewer, id, 'edit', { em, lock: true, now })
      const fields = updatedFields(dto, notice)
      const changes = noticeChanges({ ...notice, audience: cleanAudience(notice.audience) }, { ...fields, audience: cleanAudience(fields.audience) })
      const effects = noticeEffects('edit', { status: notice.status, changes })
      Object.assign(notice, fields, { updatedAt: now })
      await this.effect(em, notice, effects, now, { changes })
      return this.reads.detail(em, viewer, notice.id)
    })
  }

  async publish(viewer: Viewer, id: string): Promise<NoticeDto> {
    return this.change(viewer, id, 'publish', (notice, now) => Object.assign(notice, { status: 'published', publishedAt: now, updatedAt: now }))
  }

  async cancel(viewer: Viewer, id: string, reason: string | null | undefined): Promise<NoticeDto> {
    const cancelReason = blankToNull(reason)
    return this.change(viewer, id, 'cancel', (notice, now) => Object.assign(notice, { status: 'cancelled', cancelledAt: now, cancelReason, updatedAt: now }), { reason: cancelReason })
  }

  /** The body as the API serves it (the admin app's preview): one renderer for both apps. */
  render(body: string): { html: string } {
    return { html: renderNoticeMarkdown(body) }
  }

  /** A status change: the effects of the status it leaves, the notice saved, the caller's view of it. */
  private change(viewer: Viewer, id: string, event: Extract<NoticeEvent, 'publish' | 'cancel'>, to: (notice: Notice, now: Date) => void, told: TellContext = {}): Promise<NoticeDto> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now()
      const { notice } = await findForAction(viewer, id, event, { em, lock: true, now })
      const effects = noticeEffects(event, { status: notice.status })
      to(notice, now)
      await this.effect(em, notice, effects, now, told)
      return this.reads.detail(em, viewer, notice.id)
    })
  }

  /** Applies a notice's effects (notice-effects.ts) and saves it, in the change's transaction. */
  private async effect(em: EntityManager, notice: Notice, effects: NoticeEffects, now: Date, context: TellContext): Promise<void> {
    if (effects.resetReminder) notice.remindedAt = null
    const newlyReached = effects.reach ? await this.audience.reach(em, notice, now) : []
    await this.notifier.tell(em, notice, effects.tell, { ...context, known: { newly_reached: newlyReached } })
    await em.save(notice)
    if (effects.promoteWaitlist) await this.registrations.promote(em, notice, now)
  }
}
