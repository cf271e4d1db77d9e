import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { ResponseTemplatesAdminController, ResponseTemplatesController } from './response-templates.controller.js'
import { ResponseTemplatesService } from './response-templates.service.js'

@Module({ imports: [AuditModule], controllers: [ResponseTemplatesAdminController, ResponseTemplatesController], providers: [ResponseTemplatesService] })
export class ResponseTemplatesModule {}
