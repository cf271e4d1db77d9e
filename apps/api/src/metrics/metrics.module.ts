import { Module } from '@nestjs/common'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { MetricsController } from './metrics.controller.js'
import { MetricsService } from './metrics.service.js'

@Module({ imports: [EnterprisesModule], controllers: [MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
