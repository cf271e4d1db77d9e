import { getDataSourceToken } from '@nestjs/typeorm'
import type { DataSource } from 'typeorm'
import { createApp } from './bootstrap.js'
import { EnvError, loadEnv } from './config/env.js'
import { resolveDatabase } from './database/database-url.js'
import { StartupError, takeOverShutdownSignals } from './database/embedded.js'
import { deadlinePolicy } from './deadline-policy/deadline-policy.js'
import { Clock } from './common/clock.js'
import { seedDemoData } from './database/seed.js'
import { Readiness } from './health/readiness.js'
import { runsJobs } from './jobs/job-queue.service.js'
import { OpenDataService } from './open-data/open-data.service.js'

/** Starts the API; any problem the operator can fix is one line on stderr, not a stack trace. */
async function main(): Promise<void> {
  const env = loadEnv()
  const db = await resolveDatabase(env)
  const { app } = await createApp(env, db.url)
  if (env.SEED_DEMO) {
    const started = Date.now()
    const added = await seedDemoData(app.get<DataSource>(getDataSourceToken()), { now: app.get(Clock).now(), policy: deadlinePolicy(env) })
    if (added.enterprises + added.appeals > 0) console.log(`Seeded ${added.enterprises} demo enterprises and ${added.appeals} demo appeals in ${Date.now() - started} ms`)
    // the demo's past months are due: publish them now rather than at the job's first tick
    if (runsJobs(env.PROCESS_ROLE)) await app.get(OpenDataService).publishDue()
  }
  // SIGTERM/SIGINT drain: readiness answers 503 at once, the server stops accepting connections,
  // in-flight requests finish (each answer then closes its connection), pg-boss stops gracefully
  // (running jobs get half the grace), the pool closes, the embedded cluster (if any) stops, exit 0.
  // All bounded by SHUTDOWN_GRACE_MS.
  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    app.get(Readiness).startDraining()
    console.log(`servicepack-api: ${signal}: draining (at most ${env.SHUTDOWN_GRACE_MS} ms)`)
    setTimeout(() => {
      console.error(`servicepack-api: still draining after SHUTDOWN_GRACE_MS (${env.SHUTDOWN_GRACE_MS} ms); exiting now`)
      void (db.embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(1))
    }, env.SHUTDOWN_GRACE_MS).unref()
    await app.close() // Nest: the HTTP server closes (waiting for in-flight requests), then shutdown hooks (pg-boss, pool)
    await db.embedded?.stop()
    console.log('servicepack-api: stopped')
    process.exit(0)
  }
  // the embedded cluster (pnpm dev, the browser tests) is stopped last, by this drain, not at the signal
  takeOverShutdownSignals()
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  try {
    await app.listen({ port: env.PORT, host: env.HOST })
  } catch (e) {
    await app.close()
    await db.embedded?.stop()
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`Port ${env.PORT} is busy; stop what uses it or set PORT to a free port.`)
    }
    throw e
  }
  console.log(env.PROCESS_ROLE === 'worker'
    ? `Worker ready (jobs and schedules); health on http://localhost:${env.PORT}/api/health`
    : `API ready on http://localhost:${env.PORT}/api (docs: /api/docs; role ${env.PROCESS_ROLE})`)
}

main().catch((e: unknown) => {
  if (e instanceof EnvError || e instanceof StartupError) {
    console.error(`servicepack-api: ${e.message}`)
  } else {
    console.error(e)
  }
  process.exit(1)
})
