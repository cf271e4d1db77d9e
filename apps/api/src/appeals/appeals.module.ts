import { Module } from '@nestjs/common'
import { CalendarModule } from '../calendar/calendar.module.js'
import { DeadlinePolicyModule } from '../deadline-policy/deadline-policy.module.js'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { MeasuresModule } from '../measures/measures.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { RoutingModule } from '../routing/routing.module.js'
import { AppealAttachmentsService } from './appeal-attachments.service.js'
import { AppealStatsRecorder } from './appeal-stats.recorder.js'
import { AppealsController } from './appeals.controller.js'
import { AppealsService } from './appeals.service.js'
import { DeadlineSweeper } from './deadline-sweeper.js'

@Module({
  imports: [CalendarModule, EnterprisesModule, MeasuresModule, NotificationsModule, DeadlinePolicyModule, RoutingModule],
  controllers: [AppealsController],
  providers: [AppealsService, DeadlineSweeper, AppealAttachmentsService, AppealStatsRecorder],
  exports: [AppealsService, DeadlineSweeper],
})
export class AppealsModule {}
