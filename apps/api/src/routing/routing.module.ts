import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { RoutingController } from './routing.controller.js'
import { RoutingService } from './routing.service.js'

@Module({ imports: [AuditModule], controllers: [RoutingController], providers: [RoutingService], exports: [RoutingService] })
export class RoutingModule {}
