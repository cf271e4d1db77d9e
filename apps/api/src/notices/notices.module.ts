import { Module } from '@nestjs/common'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { EvaluationsModule } from '../evaluations/evaluations.module.js'
import { NoticeAudienceService } from './notice-audience.service.js'
import { KeptAudienceQueries } from './notice-audience-kept.queries.js'
import { NoticeCalendar } from './notice-calendar.service.js'
import { NoticeCoverage } from './notice-coverage.service.js'
import { NoticeDrafts } from './notice-drafts.service.js'
import { NoticeFollowUp } from './notice-follow-up.service.js'
import { NoticeNotifier } from './notice-notifier.js'
import { NoticeReads } from './notice-reads.service.js'
import { NoticeRegistrations } from './notice-registrations.service.js'
import { NoticeReminders } from './notice-reminders.js'
import { NoticesByMeasureQueries } from './notices-by-measure.queries.js'
import { NoticesController } from './notices.controller.js'

@Module({
  imports: [EnterprisesModule, NotificationsModule, EvaluationsModule],
  controllers: [NoticesController],
  providers: [
    NoticeReads,
    NoticeDrafts,
    NoticeAudienceService,
    NoticeRegistrations,
    NoticeFollowUp,
    NoticeCoverage,
    NoticeCalendar,
    NoticeNotifier,
    NoticeReminders,
    KeptAudienceQueries,
    NoticesByMeasureQueries,
  ],
  exports: [NoticeReads, NoticeAudienceService, NoticeReminders],
})
export class NoticesModule {}
