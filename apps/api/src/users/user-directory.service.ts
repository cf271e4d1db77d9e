import { Injectable, Logger } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Principal } from '../auth/principal.js'
import { Clock } from '../common/clock.js'
import type { Audience } from '../notifications/notification-audience.js'
import type { CoordinatorDto } from './user.dto.js'

/** At most one write per user per this long per API instance, unless the claims change. */
const REFRESH_MS = 10 * 60_000

/** Keeps `users` up to date as people are seen (from verified tokens) and answers who is behind an audience. */
@Injectable()
export class UserDirectory {
  private readonly logger = new Logger(UserDirectory.name)
  private readonly seenAt = new Map<string, { at: number; fingerprint: string }>()

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records that a user was seen; never fails the request (a failure is logged). */
  async seen(p: Principal): Promise<void> {
    const now = this.clock.now()
    const fingerprint = JSON.stringify([p.username, p.name, p.email, p.roles, p.bureau, p.association])
    const last = this.seenAt.get(p.sub)
    if (last && last.fingerprint === fingerprint && now.getTime() - last.at < REFRESH_MS) return
    this.seenAt.set(p.sub, { at: now.getTime(), fingerprint })
    try {
      await this.db.query(
        `INSERT INTO users (sub, username, name, email, roles, bureau, association, first_seen_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (sub) DO UPDATE SET username = $2, name = $3, email = $4, roles = $5, bureau = $6, association = $7, last_seen_at = $8`,
        [p.sub, p.username.slice(0, 100), p.name?.slice(0, 200) ?? null, p.email?.slice(0, 200) ?? null, p.roles, p.bureau?.slice(0, 40) ?? null, p.association?.slice(0, 60) ?? null, now],
      )
    } catch (e) {
      this.seenAt.delete(p.sub)
      this.logger.warn({ err: e }, 'could not record the user')
    }
  }

  /** The e-mail addresses of the people behind an audience (who have signed in and have one). */
  async emailsOf(audience: Audience): Promise<string[]> {
    const rows: { email: string }[] = await this.db.query(...emailQuery(audience))
    return [...new Set(rows.map((r) => r.email))]
  }

  /**
   * Coordinators who have signed in (stewards are chosen among them), by name as Chinese readers sort
   * them, with the phone of each one's latest assignment (to prefill the next) and how many
   * enterprises they are the steward of (index enterprises_by_steward).
   */
  async coordinators(): Promise<CoordinatorDto[]> {
    const rows = await this.db.query<{ sub: string; username: string; name: string | null; email: string | null; last_seen_at: Date; last_phone: string | null; enterprise_count: number }[]>(
      `SELECT u.sub, u.username, u.name, u.email, u.last_seen_at,
              (SELECT e.steward_phone FROM enterprises e WHERE e.steward_sub = u.sub ORDER BY e.steward_assigned_at DESC NULLS LAST LIMIT 1) AS last_phone,
              (SELECT count(*)::int FROM enterprises e WHERE e.steward_sub = u.sub) AS enterprise_count
       FROM users u WHERE 'coordinator' = ANY(u.roles)
       ORDER BY COALESCE(NULLIF(u.name, ''), u.username) COLLATE "zh-x-icu", u.username`,
    )
    return rows.map((r) => ({
      sub: r.sub,
      username: r.username,
      name: r.name,
      email: r.email,
      lastSeenAt: new Date(r.last_seen_at).toISOString(),
      lastPhone: r.last_phone,
      enterpriseCount: r.enterprise_count,
    }))
  }
}

function emailQuery(a: Audience): [string, unknown[]] {
  switch (a.kind) {
    case 'user':
      return [`SELECT email FROM users WHERE sub = $1 AND email IS NOT NULL`, [a.id]]
    case 'enterprise':
      return [`SELECT u.email FROM users u JOIN enterprise_members m ON m.sub = u.sub WHERE m.uscc = $1 AND u.email IS NOT NULL`, [a.id]]
    case 'bureau':
      return [`SELECT email FROM users WHERE bureau = $1 AND 'bureau_officer' = ANY(roles) AND email IS NOT NULL`, [a.id]]
    case 'coordinators':
      return [`SELECT email FROM users WHERE 'coordinator' = ANY(roles) AND email IS NOT NULL`, []]
  }
}
