import { Module } from '@nestjs/common'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { EvaluationsModule } from '../evaluations/evaluations.module.js'
import { KeptAudienceQueries } from './notice-audience-kept.queries.js'
import { NoticeReminders } from './notice-reminders.js'
import { NoticesByMeasureQueries } from './notices-by-measure.queries.js'
import { NoticesController } from './notices.controller.js'
import { NoticesService } from './notices.service.js'
import { RegistrationChangesService } from './registration-changes.service.js'

@Module({
  imports: [EnterprisesModule, NotificationsModule, EvaluationsModule],
  controllers: [NoticesController],
  providers: [NoticesService, NoticeReminders, RegistrationChangesService, KeptAudienceQueries, NoticesByMeasureQueries],
  exports: [NoticesService, NoticeReminders],
})
export class NoticesModule {}
