/**
 * Every pg-boss queue of the API, in one list: the migrate command creates them all (so an `api`
 * instance can enqueue into any of them before a worker ever started), and the worker runs their
 * handlers and schedules. A feature registers its handler by name (JobQueue.handle).
 */
export const QUEUES = {
  /** E-mail copies of notifications: retried with back-off (about a day), then left failed for an operator. */
  mail: { name: 'mail', retryLimit: 12 },
  /** The deadline sweep (reminders, overdue notices, auto-close): a tick each minute, once across instances. */
  appealDeadlines: { name: 'appeal-deadlines', retryLimit: 0, cron: '* * * * *' },
  /** The day-before reminders of training notices: a tick every ten minutes, once across instances. */
  noticeReminders: { name: 'notice-reminders', retryLimit: 0, cron: '*/10 * * * *' },
  /** Publishes each month's 三率 as open data once it is due (open-data/): a tick every ten minutes, once across instances. */
  openDataPublish: { name: 'open-data-publish', retryLimit: 0, cron: '*/10 * * * *' },
  /** Re-segments the answers (政策问答) after the dictionary or the synonyms changed (answers/answers-reindexer.ts): sent at start-up when any answer is stale. */
  answersReindex: { name: 'answers-reindex', retryLimit: 3 },
  /**
   * The evaluation, kept (evaluations/): `{ uscc }` re-evaluates one enterprise (its facts changed),
   * `{ all: true }` every enterprise (the catalogue's version changed); the daily tick (00:05
   * Shanghai) re-evaluates every enterprise for what dates change (a measure starts or ends).
   */
  measureEvaluations: { name: 'measure-evaluations', retryLimit: 3, cron: '5 0 * * *' },
} as const satisfies Record<string, QueueDefinition>

export interface QueueDefinition {
  name: string
  retryLimit: number
  /** Cron (Asia/Shanghai) of a recurring tick; pg-boss sends each occurrence once across instances. */
  cron?: string
}

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name']

export const ALL_QUEUES: readonly QueueDefinition[] = Object.values(QUEUES)

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOBS_SCHEMA = 'pgboss'

/** Options of every queue (retries back off from 30 s). */
export function queueOptions(queue: QueueDefinition) {
  return { name: queue.name, retryLimit: queue.retryLimit, retryBackoff: true, retryDelay: 30 }
}
