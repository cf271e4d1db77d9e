import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { CalendarService } from '../calendar/calendar.service.js'
import { dueSoonUntil } from '../calendar/working-days.js'
import { Clock } from '../common/clock.js'
import { DeadlinePolicyService } from '../deadline-policy/deadline-policy.service.js'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { RoutingService } from '../routing/routing.service.js'
import { AppealAttachment } from './appeal-attachment.entity.js'
import { awaitedOpinionsOf, reopenReasonOf } from './appeal-events.queries.js'
import { AppealExtensionRequest } from './appeal-extension.entity.js'
import { toAppealDto } from './appeal-mapper.js'
import { appealViewer, findVisible } from './appeal-records.js'
import type { Appeal } from './appeal.entity.js'
import type { AppealDto } from './appeal-response.dto.js'

/**
 * One appeal as a viewer reads it (AppealDto): what the mapper needs besides the row — the
 * enterprise, the latest extension request, the attachments, the routing suggestion while it waits
 * for a dispatch, the opinions awaited, the reason of a reopening — read in the caller's transaction
 * (a command answers with the appeal as its transaction left it).
 */
@Injectable()
export class AppealDetails {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly policies: DeadlinePolicyService,
    private readonly routing: RoutingService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<AppealDto> {
    const { appeal } = await findVisible(viewer, id, { em: this.db.manager })
    return this.of(this.db.manager, viewer, appeal)
  }

  async of(em: EntityManager, viewer: Viewer, appeal: Appeal): Promise<AppealDto> {
    const [enterprise, extension, attachments] = await Promise.all([
      em.findOneBy(Enterprise, { uscc: appeal.enterpriseUscc }),
      em.findOne(AppealExtensionRequest, { where: { appealId: appeal.id }, order: { createdAt: 'DESC' } }),
      em.find(AppealAttachment, { where: { appealId: appeal.id }, order: { createdAt: 'ASC' } }),
    ])
    const district = enterprise?.facts['district']
    // the suggestion is for the next dispatch only: from the routing catalogue in force, while the appeal waits for one
    const routing = appeal.status === 'submitted' ? await this.routing.catalogue(em) : null
    const policy = await this.timingPolicy(em)
    const mine = enterprise?.stewardSub != null && enterprise.stewardSub === viewer.principal.sub
    const awaitingOpinionFrom = appeal.status === 'dispatched' || appeal.status === 'in_progress' ? await awaitedOpinionsOf(em, appeal) : []
    const reopenReason = appeal.status === 'in_progress' && appeal.reopenCount > 0 ? await reopenReasonOf(em, appeal) : null
    return toAppealDto(appeal, {
      awaitingOpinionFrom,
      reopenReason,
      enterpriseName: enterprise?.name ?? '',
      enterpriseDistrict: typeof district === 'string' ? district : null,
      mine,
      extension,
      attachments,
      viewer: appealViewer(viewer),
      now: this.clock.now(),
      policy,
      routing,
    })
  }

  /** What lists, counts and DTOs read of the deadline policy now: where 即将超期 ends (today or the next working day(s)). */
  async timingPolicy(em: EntityManager = this.db.manager): Promise<{ dueSoonUntil: Date }> {
    // one after the other: inside a transaction both read on its one connection
    const calendar = await this.calendar.calendar(em)
    const policy = await this.policies.recent(em)
    return { dueSoonUntil: dueSoonUntil(calendar, this.clock.now(), policy.dueSoonDays) }
  }
}
