import { Injectable, Logger, type OnModuleInit } from '@nestjs/common'
import type { EntityManager } from 'typeorm'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import { EvaluationsService } from './evaluations.service.js'

const QUEUE = QUEUES.measureEvaluations.name

/** A job of the measure-evaluations queue: one enterprise, every enterprise for a version, or (the cron tick's `{}`) the daily pass. */
export type EvaluationJob = { uscc: string } | { all: 'version' } | Record<string, never>

/** Enqueues the re-evaluation of an enterprise in the transaction that changed its facts (or created it). */
export async function enqueueEvaluation(jobs: JobQueue, em: EntityManager, uscc: string): Promise<void> {
  await jobs.sendWithin(em, QUEUE, { uscc } satisfies EvaluationJob, { retryLimit: QUEUES.measureEvaluations.retryLimit, retryBackoff: true, retryDelay: 30 })
}

/**
 * The measure-evaluations queue's handler (run by `worker` / `all` processes only). At start-up a
 * worker compares the catalogue version the table holds with its own and, when they differ, enqueues
 * a full pass; that pass re-checks first, so two workers starting together do the work once.
 */
@Injectable()
export class EvaluationJobs implements OnModuleInit {
  private readonly logger = new Logger(EvaluationJobs.name)

  constructor(
    private readonly jobs: JobQueue,
    private readonly evaluations: EvaluationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUE, (data) => this.run((data ?? {}) as EvaluationJob))
    this.jobs.afterStart(() => this.checkCatalogue())
  }

  /** Enqueues a full pass when the kept evaluations are not of the running catalogue. */
  async checkCatalogue(): Promise<boolean> {
    if (await this.evaluations.catalogueCurrent()) return false
    await this.jobs.send(QUEUE, { all: 'version' } satisfies EvaluationJob)
    return true
  }

  async run(job: EvaluationJob): Promise<void> {
    if ('uscc' in job && typeof job.uscc === 'string') {
      await this.evaluations.refreshEnterprises([job.uscc])
      return
    }
    if ('all' in job && (await this.evaluations.catalogueCurrent())) return // another worker did it
    const started = performance.now()
    const r = await this.evaluations.refreshAll()
    this.logger.log({ ...r, reason: 'all' in job ? 'version' : 'daily', ms: Math.round(performance.now() - started) }, 'measure evaluations refreshed')
  }
}
