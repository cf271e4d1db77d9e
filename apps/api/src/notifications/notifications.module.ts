import { Module } from '@nestjs/common'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { MailModule } from '../mail/mail.module.js'
import { NotificationsController } from './notifications.controller.js'
import { NotificationsService } from './notifications.service.js'
import { NotificationHistoryService } from './notification-history.service.js'

@Module({
  imports: [EnterprisesModule, MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationHistoryService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
