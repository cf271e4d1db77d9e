import { Injectable, type OnModuleInit } from '@nestjs/common'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import { NoticesService } from './notices.service.js'

/**
 * The day-before reminder (product.md §4): a pg-boss cron tick every ten minutes (once across all
 * API instances) sweeps the notices starting within a day; each is taken FOR UPDATE SKIP LOCKED and
 * flagged `reminded_at` in the same transaction, so even two sweeps at once tell each registrant once.
 * A changed start time clears the flag.
 */
@Injectable()
export class NoticeReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly notices: NoticesService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUES.noticeReminders.name, async () => void (await this.sweep()))
  }

  async sweep(): Promise<number> {
    let total = 0
    for (;;) {
      const n = await this.notices.remindDue()
      total += n
      if (n < 100) return total
    }
  }
}
