import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { noticeActionsFor } from './notice-access.js'
import { toMyRegistration, toNoticeDto, toSummaryDto } from './notice-mapper.js'
import { markOpened } from './notice-reach.queries.js'
import { findVisible, noticeViewer, situationOf, type VisibleNotice } from './notice-records.js'
import { registrationsOfEnterprise, waitingCount, waitlistPosition } from './notice-registration.queries.js'
import type { NoticeListQueryDto } from './notice-request.dto.js'
import type { MyRegistrationDto, NoticeCountsDto, NoticeDto, NoticeListDto } from './notice-response.dto.js'
import { noticeCounts, noticePage, scopedNotices } from './notice.queries.js'

/** Reading notices: one (an enterprise's opening recorded), the list and the counts, within the caller's scope. */
@Injectable()
export class NoticeReads {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(viewer: Viewer, id: string, options: { recordOpening?: boolean } = {}): Promise<NoticeDto> {
    const loaded = await findVisible(viewer, id, { em: this.db.manager })
    if (options.recordOpening !== false && loaded.reached && loaded.access.parties.includes('audience')) {
      await markOpened(this.db.manager, id, viewer.boundUscc!, this.clock.now())
    }
    return this.toDto(this.db.manager, loaded)
  }

  /** The notice as the caller sees it now, inside a change's transaction. */
  async detail(em: EntityManager, viewer: Viewer, id: string): Promise<NoticeDto> {
    return this.toDto(em, await findVisible(viewer, id, { em }))
  }

  async list(viewer: Viewer, query: NoticeListQueryDto): Promise<NoticeListDto> {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 20
    const now = this.clock.now()
    const qb = scopedNotices(this.db.manager, noticeViewer(viewer), query, now)
    if (!qb) return { items: [], total: 0, page, pageSize }
    const [notices, total] = await noticePage(qb, now, page, pageSize)
    const mine = await this.myRegistrations(this.db.manager, viewer, notices.map((n) => n.id))
    return { items: notices.map((n) => toSummaryDto(n, mine.get(n.id) ?? null)), total, page, pageSize }
  }

  async counts(viewer: Viewer): Promise<NoticeCountsDto> {
    const zero = { draft: 0, published: 0, upcoming: 0, cancelled: 0, registrations: 0, waitlisted: 0 }
    const now = this.clock.now()
    const qb = scopedNotices(this.db.manager, noticeViewer(viewer), {}, now)
    if (!qb) return zero
    return (await noticeCounts(qb, now)) ?? zero
  }

  private async toDto(em: EntityManager, loaded: VisibleNotice): Promise<NoticeDto> {
    const waitlisted = await waitingCount(em, loaded.notice.id)
    const mine = loaded.registration && loaded.registration.status !== 'withdrawn' ? loaded.registration : null
    const position = mine?.status === 'waitlisted' ? await waitlistPosition(em, mine) : null
    return toNoticeDto(loaded.notice, {
      myRegistration: mine ? toMyRegistration(mine, position) : null,
      waitlisted,
      allowedActions: noticeActionsFor(loaded.access, situationOf(loaded, this.clock.now())),
    })
  }

  private async myRegistrations(em: EntityManager, viewer: Viewer, noticeIds: string[]): Promise<Map<string, MyRegistrationDto>> {
    const out = new Map<string, MyRegistrationDto>()
    if (!viewer.boundUscc || noticeIds.length === 0) return out
    for (const r of await registrationsOfEnterprise(em, viewer.boundUscc, noticeIds)) {
      if (r.status !== 'withdrawn') out.set(r.noticeId, toMyRegistration(r, r.status === 'waitlisted' ? await waitlistPosition(em, r) : null))
    }
    return out
  }
}
