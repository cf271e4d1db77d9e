import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common'
import PgBoss from 'pg-boss'
import type { EntityManager } from 'typeorm'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'
import { StartupError } from '../database/embedded.js'
import { queueErrorLog } from './queue-errors.js'
import { ALL_QUEUES, JOBS_SCHEMA, type QueueName } from './queues.js'

export const DATABASE_URL = Symbol('DATABASE_URL')

/** How many jobs of a queue a worker fetches at once (see onApplicationBootstrap). */
export const JOB_BATCH = 20

type Handler = (data: unknown) => Promise<void>

/** Whether a process of this role runs jobs and schedules (`worker`, `all`) or only enqueues them (`api`). */
export function runsJobs(role: Env['PROCESS_ROLE']): boolean {
  return role !== 'api'
}

/**
 * Background work on the same PostgreSQL through pg-boss. Jobs are ALWAYS enqueued in the
 * transaction of the change that causes them (committed with it or not at all), whatever the
 * process role, so no instance ever drops one. A `worker` (or `all`) process also works the queues
 * of QUEUES and runs their cron ticks (once across instances); an `api` process starts pg-boss
 * only to send: no supervision, no schedules, no workers. The schema and the queues come from the
 * migrate command (database/migrate.ts), never from here.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name)
  private readonly handlers = new Map<QueueName, Handler>()
  private readonly starters: (() => Promise<unknown>)[] = []
  private readonly boss: PgBoss
  private started = false

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    const works = runsJobs(env.PROCESS_ROLE)
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: `servicepack-${env.PROCESS_ROLE}`,
      max: works ? 4 : 2,
      migrate: false, // the migrate command installs and upgrades pg-boss's schema (under the migration lock)
      supervise: works, // maintenance (expiry, archive) only where jobs run
      schedule: works, // cron ticks only where jobs run
    })
    this.boss.on('error', (e) => {
      const { level, message, fields } = queueErrorLog(e)
      this.logger[level](fields, message)
    })
  }

  /** Features register their queue's handler in onModuleInit (before the queue starts). */
  handle(name: QueueName, handler: Handler): void {
    this.handlers.set(name, handler)
  }

  /** Work a feature does once its process has started working the queues (role worker or all): a start-up check. */
  afterStart(fn: () => Promise<unknown>): void {
    this.starters.push(fn)
  }

  /** Whether this process runs the jobs (role worker or all) and has started doing so. */
  get working(): boolean {
    return this.started && runsJobs(this.env.PROCESS_ROLE)
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.boss.start()
      const missing = []
      for (const q of ALL_QUEUES) if (!(await this.boss.getQueue(q.name))) missing.push(q.name)
      if (missing.length > 0) throw new Error(`missing queues ${missing.join(', ')}`)
    } catch (e) {
      await this.boss.stop({ graceful: false }).catch(() => undefined)
      const reason = e instanceof Error ? e.message : String(e)
      if (/not installed|requires migrations|missing queues/.test(reason)) {
        throw new StartupError(`The job queue in the database is not ready (${reason}); run the migrate command (node apps/api/dist/migrate-main.js) or set DB_MIGRATE_ON_START=true.`)
      }
      throw e
    }
    this.started = true
    if (!runsJobs(this.env.PROCESS_ROLE)) return
    for (const q of ALL_QUEUES) {
      const handler = this.handlers.get(q.name as QueueName)
      if (!handler) continue
      // A batch a fetch: pg-boss waits its polling interval (2 s) after every fetch, so one job a fetch
      // worked a queue at half a job a second (a notice's mails, a day's evaluations queued for minutes).
      // The jobs of a batch run one after the other, each failing alone: a failed one is failed (and
      // retried, queues.ts) by itself, and pg-boss completes the rest, still active, when the batch ends.
      await this.boss.work(q.name, { batchSize: JOB_BATCH }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data)
          } catch (e) {
            this.logger.warn({ err: e, queue: q.name, job: job.id }, 'a job failed; it is retried with back-off while it has retries left')
            await this.boss.fail(q.name, job.id, e instanceof Error ? { message: e.message } : { message: String(e) })
          }
        }
      })
      if (q.cron) await this.boss.schedule(q.name, q.cron, {}, { tz: 'Asia/Shanghai' })
    }
    for (const fn of this.starters) await fn().catch((e: unknown) => this.logger.error({ err: e }, 'a start-up check of the job queue failed'))
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return
    this.started = false
    // running jobs get half the shutdown grace to finish; the rest are failed and retried by another worker
    await this.boss.stop({ graceful: true, timeout: Math.max(1000, Math.floor(this.env.SHUTDOWN_GRACE_MS / 2)) }).catch(() => undefined)
  }

  /** Enqueues many jobs of one queue in one statement inside the caller's transaction. */
  async sendManyWithin(em: EntityManager, name: QueueName, data: object[], options: Omit<PgBoss.JobInsert, 'name' | 'data'> = {}): Promise<void> {
    if (data.length === 0) return
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }) }
    for (let i = 0; i < data.length; i += 5000) {
      await this.boss.insert(data.slice(i, i + 5000).map((d) => ({ ...options, name, data: d })), { db })
    }
  }

  /** Enqueues a job outside any transaction (a start-up check, nothing to commit with). */
  async send(name: QueueName, data: object): Promise<void> {
    await this.boss.send(name, data)
  }

  /** Enqueues a job inside the caller's transaction (committed with it, or not at all). */
  async sendWithin(em: EntityManager, name: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    await this.boss.send(name, data, { ...options, db: { executeSql: async (text, values) => ({ rows: await em.query(text, values) }) } })
  }
}
