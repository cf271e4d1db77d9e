import { Module } from '@nestjs/common'
import { CalendarModule } from '../calendar/calendar.module.js'
import { MetricsModule } from '../metrics/metrics.module.js'
import { OpenDataPublisher } from './open-data-publisher.js'
import { OpenDataController } from './open-data.controller.js'
import { OpenDataService } from './open-data.service.js'

@Module({ imports: [MetricsModule, CalendarModule], controllers: [OpenDataController], providers: [OpenDataService, OpenDataPublisher], exports: [OpenDataService] })
export class OpenDataModule {}
