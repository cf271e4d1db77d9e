import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common'
import PgBoss from 'pg-boss'
import type { EntityManager } from 'typeorm'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'

export const DATABASE_URL = Symbol('DATABASE_URL')

interface Registration {
  name: string
  handler: (data: unknown) => Promise<void>
  /** Cron (Asia/Shanghai) for recurring work; pg-boss runs each tick once across all instances. */
  cron?: string
  retryLimit?: number
}

/**
 * Background work on the same PostgreSQL through pg-boss: queues registered by features at
 * start-up, recurring ticks once across N API instances, and jobs enqueued in the transaction of
 * the change that causes them (so a crash loses none). Off with JOBS=false (most tests); the work
 * itself stays callable directly.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name)
  private readonly registrations: Registration[] = []
  private boss: PgBoss | null = null

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  /** Features register their queues in onModuleInit (before the queue starts). */
  register(registration: Registration): void {
    this.registrations.push(registration)
  }

  get running(): boolean {
    return this.boss !== null
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.JOBS) return
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', application_name: 'servicepack-jobs', max: 4 })
    boss.on('error', (e) => this.logger.error({ err: e }, 'job queue error'))
    await boss.start()
    for (const r of this.registrations) {
      await boss.createQueue(r.name, { name: r.name, retryLimit: r.retryLimit ?? 0, retryBackoff: true, retryDelay: 30 })
      await boss.work(r.name, { batchSize: 1 }, async ([job]) => {
        if (job) await r.handler(job.data)
      })
      if (r.cron) await boss.schedule(r.name, r.cron, {}, { tz: 'Asia/Shanghai' })
    }
    this.boss = boss
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5_000 }).catch(() => undefined)
    this.boss = null
  }

  /** Enqueues many jobs of one queue in one statement inside the caller's transaction. No-op while jobs are off. */
  async sendManyWithin(em: EntityManager, name: string, data: object[], options: Omit<PgBoss.JobInsert, 'name' | 'data'> = {}): Promise<void> {
    if (!this.boss || data.length === 0) return
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }) }
    for (let i = 0; i < data.length; i += 5000) {
      await this.boss.insert(data.slice(i, i + 5000).map((d) => ({ ...options, name, data: d })), { db })
    }
  }

  /** Enqueues a job inside the caller's transaction (committed with it, or not at all). No-op while jobs are off. */
  async sendWithin(em: EntityManager, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    if (!this.boss) return
    await this.boss.send(name, data, { ...options, db: { executeSql: async (text, values) => ({ rows: await em.query(text, values) }) } })
  }
}
