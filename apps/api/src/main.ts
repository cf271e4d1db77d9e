import { getDataSourceToken } from '@nestjs/typeorm'
import type { DataSource } from 'typeorm'
import { createApp } from './bootstrap.js'
import { EnvError, loadEnv } from './config/env.js'
import { resolveDatabase } from './database/database-url.js'
import { StartupError } from './database/embedded.js'
import { deadlinePolicy } from './appeals/appeals.service.js'
import { Clock } from './common/clock.js'
import { seedDemoData } from './database/seed.js'

/** Starts the API; any problem the operator can fix is one line on stderr, not a stack trace. */
async function main(): Promise<void> {
  const env = loadEnv()
  const db = await resolveDatabase(env)
  const { app } = await createApp(env, db.url)
  if (env.SEED_DEMO) {
    const started = Date.now()
    const added = await seedDemoData(app.get<DataSource>(getDataSourceToken()), { now: app.get(Clock).now(), policy: deadlinePolicy(env) })
    if (added.enterprises + added.appeals > 0) console.log(`Seeded ${added.enterprises} demo enterprises and ${added.appeals} demo appeals in ${Date.now() - started} ms`)
  }
  let stopping = false
  const shutdown = async () => {
    if (stopping) return
    stopping = true
    await app.close()
    await db.embedded?.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown())
  process.on('SIGTERM', () => void shutdown())
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
  console.log(`API ready on http://localhost:${env.PORT}/api (docs: /api/docs)`)
}

main().catch((e: unknown) => {
  if (e instanceof EnvError || e instanceof StartupError) {
    console.error(`servicepack-api: ${e.message}`)
  } else {
    console.error(e)
  }
  process.exit(1)
})
