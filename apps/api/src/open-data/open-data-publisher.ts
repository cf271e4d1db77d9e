import { Injectable, type OnModuleInit } from '@nestjs/common'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import { OpenDataService } from './open-data.service.js'

/** The publishing tick (QUEUES.openDataPublish, every ten minutes, once across instances): every due month not yet published. */
@Injectable()
export class OpenDataPublisher implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly openData: OpenDataService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUES.openDataPublish.name, async () => void (await this.openData.publishDue()))
  }
}
