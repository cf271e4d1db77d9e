import { Module } from '@nestjs/common'
import { MeasurePushCoreModule } from '../measure-push/measure-push.module.js'
import { MeasurePushes } from '../measure-push/measure-pushes.service.js'
import { EvaluationJobs } from './evaluation-jobs.js'
import { EvaluationsService, NEWS_SINK } from './evaluations.service.js'

@Module({
  imports: [MeasurePushCoreModule],
  providers: [EvaluationsService, EvaluationJobs, { provide: NEWS_SINK, useExisting: MeasurePushes }],
  exports: [EvaluationsService, EvaluationJobs],
})
export class EvaluationsModule {}
