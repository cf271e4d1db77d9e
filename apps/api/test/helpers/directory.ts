import type { NestFastifyApplication } from '@nestjs/platform-fastify'
import { DataSource } from 'typeorm'
import { authHeader, subOf, type DemoUser } from './tokens.js'

/**
 * Makes demo users known to the users directory as they are in real life: by calling the API (the
 * AuthGuard records them without making the request wait), then waiting until the rows are there.
 * Returns their subs.
 */
export async function signedIn(app: NestFastifyApplication, users: DemoUser[]): Promise<string[]> {
  const subs = await Promise.all(users.map(subOf))
  for (const user of users) await app.inject({ method: 'GET', url: '/api/notifications', headers: await authHeader(user) })
  const db = app.get(DataSource)
  for (let i = 0; i < 100; i++) {
    const rows: { sub: string }[] = await db.query(`SELECT sub FROM users WHERE sub = ANY($1)`, [subs])
    if (rows.length === subs.length) return subs
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`users not recorded: ${users.join(', ')}`)
}
