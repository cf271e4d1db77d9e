import { Injectable, type OnModuleInit } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import { Clock } from '../common/clock.js'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import { noticeEffects } from './notice-effects.js'
import { NoticeNotifier } from './notice-notifier.js'
import { Notice } from './notice.entity.js'
import { dueForReminder } from './notice.queries.js'

/** Notices taken per transaction of the sweep. */
const BATCH = 100

/**
 * The day-before reminder (product.md §4): a pg-boss cron tick every ten minutes (once across all
 * API instances) sweeps the notices starting within a day; each is taken FOR UPDATE SKIP LOCKED and
 * flagged `reminded_at` in the same transaction, so even two sweeps at once tell each registrant once.
 * A changed start time clears the flag (notice-effects.ts, `edit`).
 */
@Injectable()
export class NoticeReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly notifier: NoticeNotifier,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUES.noticeReminders.name, async () => void (await this.sweep()))
  }

  async sweep(): Promise<number> {
    let total = 0
    for (;;) {
      const n = await this.remindDue()
      total += n
      if (n < BATCH) return total
    }
  }

  /** One batch: the `remind` effects for each notice due, in one transaction. */
  async remindDue(): Promise<number> {
    const now = this.clock.now()
    return this.db.transaction(async (em) => {
      const due = await dueForReminder(em, now, BATCH)
      for (const id of due) {
        const notice = await em.findOneByOrFail(Notice, { id })
        const effects = noticeEffects('remind', { status: notice.status })
        if (effects.markReminded) await em.update(Notice, { id }, { remindedAt: now })
        await this.notifier.tell(em, notice, effects.tell)
      }
      return due.length
    })
  }
}
