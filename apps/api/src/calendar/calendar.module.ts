import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { CalendarAdminService } from './calendar-admin.service.js'
import { CalendarController } from './calendar.controller.js'
import { CalendarService } from './calendar.service.js'

@Module({ imports: [AuditModule], controllers: [CalendarController], providers: [CalendarService, CalendarAdminService], exports: [CalendarService] })
export class CalendarModule {}
