import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import { reindexBatch, staleCount } from './answers-queries.js'
import { DICTIONARY_HASH } from './search/segmenter.js'

/**
 * Re-segments the answers when the dictionary or the synonym table changed (their hash differs from
 * the one an answer was indexed with): at start-up a job is enqueued (one per dictionary hash, as a
 * singleton) if any answer is stale; the worker re-indexes in batches.
 */
@Injectable()
export class AnswersReindexer implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(AnswersReindexer.name)

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUES.answersReindex.name, async () => void (await this.run()))
  }

  async onApplicationBootstrap(): Promise<void> {
    if ((await staleCount(this.db.manager)) === 0) return
    await this.db.transaction((em) => this.jobs.sendWithin(em, QUEUES.answersReindex.name, { hash: DICTIONARY_HASH }, { singletonKey: DICTIONARY_HASH }))
  }

  /** Re-indexes every stale answer; returns how many. */
  async run(): Promise<number> {
    let total = 0
    for (;;) {
      const n = await this.db.transaction((em) => reindexBatch(em))
      total += n
      if (n === 0) break
    }
    if (total) this.logger.log(`answers: re-indexed ${total} with dictionary ${DICTIONARY_HASH.slice(0, 12)}`)
    return total
  }
}
