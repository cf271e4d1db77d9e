import { describe, expect, it } from 'vitest'
import { loadEnv } from '../config/env.js'
import { resolveDatabase } from './database-url.js'

describe('resolveDatabase', () => {
  it('uses DATABASE_URL as given and starts no embedded PostgreSQL', async () => {
    const url = 'postgresql://app:secret@db.internal:5432/servicepack'
    // EMBEDDED_PG_PORT 1 could never be bound: had it tried to start one, this would fail.
    expect(await resolveDatabase(loadEnv({ DATABASE_URL: url, EMBEDDED_PG_PORT: '1', PGDATA_DIR: '/nonexistent/never' }))).toEqual({ url })
  })
})
