import { Module } from '@nestjs/common'
import { EvaluationJobs } from './evaluation-jobs.js'
import { EvaluationsService } from './evaluations.service.js'

@Module({
  providers: [EvaluationsService, EvaluationJobs],
  exports: [EvaluationsService, EvaluationJobs],
})
export class EvaluationsModule {}
