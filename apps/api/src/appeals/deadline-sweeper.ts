import { Injectable, type OnModuleInit } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, In, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { DeadlinePolicyService } from '../deadline-policy/deadline-policy.service.js'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { DUE_SQL } from './appeal-cursor.js'
import { Appeal } from './appeal.entity.js'
import { AppealLifecycle } from './appeal-lifecycle.service.js'
import { dueOf } from './appeal-mapper.js'

const BATCH = 200

/**
 * The deadline work, derived from the appeals' own state so that nothing is lost to a crash: the
 * reminder (催办) before a handler's deadline, the overdue notice after it, and the auto-close of
 * unrated responses. Each appeal is taken FOR UPDATE SKIP LOCKED and flagged in the same
 * transaction, so N instances sweeping at once send each notice exactly once.
 */
@Injectable()
export class DeadlineSweeper implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly lifecycle: AppealLifecycle,
    private readonly policies: DeadlinePolicyService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUES.appealDeadlines.name, async () => void (await this.sweep()))
  }

  async sweep(): Promise<{ reminded: number; overdue: number; closed: number }> {
    return { reminded: await this.remind(), overdue: await this.flagOverdue(), closed: await this.autoClose() }
  }

  private async remind(): Promise<number> {
    const now = this.clock.now()
    // the reminder lead time in force now (an administrator may have changed it since the deadline was set)
    const reminderMs = (await this.policies.current()).reminderHours * 3600_000
    return this.eachLocked(
      `status IN ('dispatched', 'in_progress') AND reminded_at IS NULL AND ${DUE_SQL} >= $1 AND ${DUE_SQL} < $2`,
      [now, new Date(now.getTime() + reminderMs)],
      async (em, a) => {
        await em.update(Appeal, { id: a.id }, { remindedAt: now })
        const due = dueOf(a)
        await this.notifications.notify(em, [{ kind: 'bureau', id: a.leadBureau! }], 'reminder', a.id, { number: a.number, title: a.title, dueAt: due?.toISOString() ?? null, stage: a.status === 'dispatched' ? 'accept' : 'answer' })
      },
    )
  }

  private async flagOverdue(): Promise<number> {
    const now = this.clock.now()
    return this.eachLocked(`status IN ('dispatched', 'in_progress') AND overdue_notified_at IS NULL AND ${DUE_SQL} < $1`, [now], async (em, a) => {
      await em.update(Appeal, { id: a.id }, { overdueNotifiedAt: now })
      const due = dueOf(a)
      const data = { number: a.number, title: a.title, dueAt: due?.toISOString() ?? null, stage: a.status === 'dispatched' ? 'accept' : 'answer', bureau: a.leadBureau }
      await this.notifications.notify(em, [{ kind: 'coordinators', id: '' }, { kind: 'bureau', id: a.leadBureau! }], 'overdue', a.id, data)
      await this.lifecycle.recordSystemEvent(em, a, 'overdue', data)
    })
  }

  private async autoClose(): Promise<number> {
    return this.eachLocked(`status = 'responded' AND rate_due_at < $1`, [this.clock.now()], async (em, a) => {
      await this.lifecycle.actAsSystem(em, a, 'auto_close')
    })
  }

  /** Runs `work` for each matching appeal, a batch at a time, each under its row lock. */
  private async eachLocked(where: string, params: unknown[], work: (em: EntityManager, a: Appeal) => Promise<void>): Promise<number> {
    let done = 0
    for (;;) {
      const n = await this.db.transaction(async (em) => {
        const ids: { id: string }[] = await em.query(`SELECT a.id FROM appeals a WHERE ${where} ORDER BY a.id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`, params)
        if (ids.length === 0) return 0
        const appeals = await em.find(Appeal, { where: { id: In(ids.map((r) => r.id)) }, order: { id: 'ASC' } })
        for (const a of appeals) await work(em, a)
        return appeals.length
      })
      done += n
      if (n < BATCH) return done
    }
  }
}
