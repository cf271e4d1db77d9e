import { Module } from '@nestjs/common'
import { TerminusModule } from '@nestjs/terminus'
import { CalendarModule } from '../calendar/calendar.module.js'
import { HealthController } from './health.controller.js'
import { Readiness } from './readiness.js'

@Module({
  imports: [CalendarModule, TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [Readiness],
  exports: [Readiness],
})
export class HealthModule {}
