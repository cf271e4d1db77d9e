import { Module } from '@nestjs/common'
import { AppealsModule } from '../appeals/appeals.module.js'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { MailModule } from '../mail/mail.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { ApplicationsService } from './applications.service.js'
import { MeasureFunnelService } from './measure-funnel.service.js'
import { ApplicationsController, MeasureFunnelController, MeasurePushController } from './measure-push.controller.js'
import { MeasurePushes } from './measure-pushes.service.js'

/** The push itself (the evaluation jobs' news sink): no dependency on appeals. */
@Module({ imports: [MailModule], providers: [MeasurePushes], exports: [MeasurePushes] })
export class MeasurePushCoreModule {}

/** 免申即享 (issue 23 §3–§4): the enterprise's side, the bureau's answer, the coordinators' funnel. */
@Module({
  imports: [MeasurePushCoreModule, AppealsModule, EnterprisesModule, NotificationsModule],
  controllers: [MeasurePushController, ApplicationsController, MeasureFunnelController],
  providers: [ApplicationsService, MeasureFunnelService],
})
export class MeasurePushModule {}
