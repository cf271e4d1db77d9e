import { Module } from '@nestjs/common'
import { CalendarModule } from '../calendar/calendar.module.js'
import { DeadlinePolicyModule } from '../deadline-policy/deadline-policy.module.js'
import { MetricsModule } from '../metrics/metrics.module.js'
import { OpenDataPublisher } from './open-data-publisher.js'
import { OpenDataController } from './open-data.controller.js'
import { OpenDataService } from './open-data.service.js'

@Module({ imports: [MetricsModule, CalendarModule, DeadlinePolicyModule], controllers: [OpenDataController], providers: [OpenDataService, OpenDataPublisher], exports: [OpenDataService] })
export class OpenDataModule {}
