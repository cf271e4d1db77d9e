import type { DataSourceOptions } from 'typeorm'
import type { Env } from '../config/env.js'
import { entities } from './entities.js'
import { migrations } from './migrations/index.js'

/** TypeORM options for a PostgreSQL URL. `synchronize` is never on: the schema comes from migrations. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto', // gen_random_uuid(), built into PostgreSQL 13+
    applicationName: 'servicepack-api',
    extra: { max: 20 },
    ...extra,
  } as DataSourceOptions
}

/**
 * The pg pool of a process: at most DB_POOL_MAX connections; a query that cannot get one within
 * DB_POOL_WAIT_MS fails with pg-pool's "timeout exceeded when trying to connect", which the
 * exception filter answers as 503 BUSY (common/db-errors.ts) instead of letting the request hang.
 */
export function poolOptions(env: Pick<Env, 'DB_POOL_MAX' | 'DB_POOL_WAIT_MS'>): { max: number; connectionTimeoutMillis: number } {
  return { max: env.DB_POOL_MAX, connectionTimeoutMillis: env.DB_POOL_WAIT_MS }
}
