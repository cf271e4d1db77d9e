import type { DataSourceOptions } from 'typeorm'
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
