import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common'
import type { EntityManager } from 'typeorm'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'
import { JobQueue } from '../jobs/job-queue.service.js'
import { QUEUES } from '../jobs/queues.js'
import type { Audience } from '../notifications/notification-audience.js'
import { UserDirectory } from '../users/user-directory.service.js'
import { mailFor } from './mail-texts.js'
import { Mailer } from './mailer.service.js'

const MAIL_QUEUE = QUEUES.mail.name

interface MailJob {
  audience: Audience
  kind: string
  appealId: string | null
  data: Record<string, unknown>
}

/**
 * E-mail copies of notifications: enqueued in the transaction that made the notification, sent by
 * the job queue (retried with back-off for a day, then left failed in pgboss.job for an operator:
 * never lost silently, never blocking a request). Enqueued whatever this process's role and
 * whether it has SMTP_URL: the worker sends. A worker without SMTP_URL completes each mail job with
 * a warning (mail is off in that deployment; the job stays in pg-boss's archive for an operator).
 */
@Injectable()
export class MailQueue implements OnModuleInit {
  private readonly logger = new Logger(MailQueue.name)

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly users: UserDirectory,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(MAIL_QUEUE, (data) => this.deliver(data as MailJob))
  }

  async enqueue(em: EntityManager, audiences: Audience[], kind: string, appealId: string | null, data: Record<string, unknown>): Promise<void> {
    if (audiences.length === 1) await this.jobs.sendWithin(em, MAIL_QUEUE, { audience: audiences[0]!, kind, appealId, data } satisfies MailJob)
    else await this.jobs.sendManyWithin(em, MAIL_QUEUE, audiences.map((audience) => ({ audience, kind, appealId, data }) satisfies MailJob), { retryLimit: QUEUES.mail.retryLimit, retryBackoff: true, retryDelay: 30 })
  }

  /** Many mails of one kind, each with its own audience and data, queued in one statement in the caller's transaction. */
  async enqueueEach(em: EntityManager, kind: string, items: readonly { audience: Audience; appealId: string | null; data: Record<string, unknown> }[]): Promise<void> {
    await this.jobs.sendManyWithin(em, MAIL_QUEUE, items.map((i) => ({ audience: i.audience, kind, appealId: i.appealId, data: i.data }) satisfies MailJob), { retryLimit: QUEUES.mail.retryLimit, retryBackoff: true, retryDelay: 30 })
  }

  async deliver(job: MailJob): Promise<void> {
    if (!this.mailer.enabled) {
      this.logger.warn({ kind: job.kind, appealId: job.appealId }, 'SMTP_URL is not set on this worker: a mail job was completed without sending')
      return
    }
    const to = await this.users.emailsOf(job.audience)
    if (to.length === 0) return
    const base = job.audience.kind === 'enterprise' ? this.env.WEB_URL : this.env.ADMIN_URL
    const root = base.replace(/\/$/, '')
    const noticeId = typeof job.data.noticeId === 'string' ? job.data.noticeId : null
    const measureId = typeof job.data.measureId === 'string' ? job.data.measureId : null
    const link = job.appealId ? `${root}/appeals/${job.appealId}` : noticeId ? `${root}/notices/${noticeId}` : measureId ? `${root}/measures/${measureId}` : base
    await this.mailer.send({ to, ...mailFor(job.kind, job.data, link) })
  }
}
