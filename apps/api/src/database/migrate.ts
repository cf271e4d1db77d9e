import { DataSource } from 'typeorm'
import { dataSourceOptions } from './data-source.js'

/** Applies pending migrations; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url))
  await ds.initialize()
  try {
    const applied = await ds.runMigrations({ transaction: 'each' })
    return applied.map((m) => m.name)
  } finally {
    await ds.destroy()
  }
}

/** SQL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = new DataSource(dataSourceOptions(url))
  await ds.initialize()
  try {
    const log = await ds.driver.createSchemaBuilder().log()
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) }
  } finally {
    await ds.destroy()
  }
}
