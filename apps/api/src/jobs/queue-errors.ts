/**
 * SQLSTATE class 57 codes PostgreSQL gives a connection it ends because the server is stopping or
 * restarting: admin_shutdown (a fast stop, pg_terminate_backend), crash_shutdown, cannot_connect_now.
 */
const SERVER_STOPPING = new Set(['57P01', '57P02', '57P03'])

/**
 * How the job queue logs an error pg-boss emits. A connection the server ended while stopping or restarting
 * is expected then (a restart of PostgreSQL; with the embedded cluster, Ctrl-C reaches PostgreSQL with the
 * rest of `pnpm dev`): one warning line, pg-boss opens a new connection when it next needs one. Anything
 * else is an error with its stack.
 */
export function queueErrorLog(error: unknown): { level: 'warn' | 'error'; message: string; fields: Record<string, unknown> } {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && SERVER_STOPPING.has(code)) {
    return { level: 'warn', message: 'the database server ended a job queue connection (stopping or restarting)', fields: { code, reason: (error as Error).message } }
  }
  return { level: 'error', message: 'job queue error', fields: { err: error } }
}
