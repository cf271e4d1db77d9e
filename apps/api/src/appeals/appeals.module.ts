import { Module } from '@nestjs/common'
import { CalendarModule } from '../calendar/calendar.module.js'
import { DeadlinePolicyModule } from '../deadline-policy/deadline-policy.module.js'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { MeasuresModule } from '../measures/measures.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { RoutingModule } from '../routing/routing.module.js'
import { AppealAttachmentsService } from './appeal-attachments.service.js'
import { AppealDetails } from './appeal-details.service.js'
import { AppealIntake } from './appeal-intake.service.js'
import { AppealLifecycle } from './appeal-lifecycle.service.js'
import { AppealQueries } from './appeal-queries.service.js'
import { AppealStatsRecorder } from './appeal-stats.recorder.js'
import { AppealsController } from './appeals.controller.js'
import { DeadlineSweeper } from './deadline-sweeper.js'

@Module({
  imports: [CalendarModule, EnterprisesModule, MeasuresModule, NotificationsModule, DeadlinePolicyModule, RoutingModule],
  controllers: [AppealsController],
  providers: [AppealIntake, AppealQueries, AppealLifecycle, AppealDetails, DeadlineSweeper, AppealAttachmentsService, AppealStatsRecorder],
  exports: [AppealIntake, AppealLifecycle, AppealDetails, DeadlineSweeper],
})
export class AppealsModule {}
