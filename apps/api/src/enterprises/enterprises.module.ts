import { Module } from '@nestjs/common'
import { MeasuresModule } from '../measures/measures.module.js'
import { BindCallerPipe } from './caller-enterprise.js'
import { ViewerPipe } from './current-viewer.js'
import { EnterpriseBinding } from './enterprise-binding.service.js'
import { EnterprisesController } from './enterprises.controller.js'
import { EnterprisesService } from './enterprises.service.js'

@Module({
  imports: [MeasuresModule],
  controllers: [EnterprisesController],
  providers: [EnterprisesService, EnterpriseBinding, BindCallerPipe, ViewerPipe],
  exports: [EnterprisesService, EnterpriseBinding, ViewerPipe],
})
export class EnterprisesModule {}
