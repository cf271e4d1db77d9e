import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { DeadlinePolicyController } from './deadline-policy.controller.js'
import { DeadlinePolicyService } from './deadline-policy.service.js'

@Module({ imports: [AuditModule], controllers: [DeadlinePolicyController], providers: [DeadlinePolicyService], exports: [DeadlinePolicyService] })
export class DeadlinePolicyModule {}
