import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import { ApiException } from '../common/error-shape.js'
import { MailQueue } from '../mail/mail-queue.js'
import type { Viewer } from '../auth/viewer.js'
import type { Audience } from './notification-audience.js'
import { audienceWhere } from './notification-where.js'
import { Notification } from './notification.entity.js'
import type { NotificationListDto } from './notification.dto.js'

/** In-app notifications: written in the transaction of the change they report; read per user. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailQueue,
  ) {}

  /** Records one notification per audience, and its e-mail copies, in the caller's transaction. */
  async notify(em: EntityManager, audiences: Audience[], kind: string, appealId: string | null, data: Record<string, unknown>): Promise<void> {
    const unique = [...new Map(audiences.map((a) => [`${a.kind}:${a.id}`, a])).values()]
    if (unique.length === 0) return
    await em.save(unique.map((a) => em.create(Notification, { audienceKind: a.kind, audienceId: a.id, kind, appealId, data })))
    await this.mail.enqueue(em, unique, kind, appealId, data)
  }

  /**
   * One notification per enterprise, set-based (a notice published to 100,000 enterprises is one
   * INSERT), with their e-mail copies queued in one batch, in the caller's transaction.
   */
  async notifyEnterprises(em: EntityManager, usccs: readonly string[], kind: string, data: Record<string, unknown>): Promise<void> {
    const unique = [...new Set(usccs)]
    if (unique.length === 0) return
    await em.query(
      `INSERT INTO notifications (audience_kind, audience_id, kind, appeal_id, data) SELECT 'enterprise', u, $2, NULL, $3::jsonb FROM unnest($1::varchar[]) AS u`,
      [unique, kind, JSON.stringify(data)],
    )
    await this.mail.enqueue(em, unique.map((id) => ({ kind: 'enterprise', id }) as Audience), kind, null, data)
  }

  async list(viewer: Viewer, limit = 50): Promise<NotificationListDto> {
    const { where, params } = this.audienceWhere(viewer)
    const rows: { id: string; kind: string; appeal_id: string | null; data: Record<string, unknown>; read: boolean; created_at: Date }[] = await this.db.query(
      `SELECT n.id, n.kind, n.appeal_id, n.data, (r.sub IS NOT NULL) AS read, n.created_at
         FROM notifications n LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.sub = $1
        WHERE ${where} ORDER BY n.id DESC LIMIT ${Math.min(Math.max(limit, 1), 200)}`,
      [viewer.principal.sub, ...params],
    )
    const [{ unread }] = await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications n
        WHERE ${where} AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.sub = $1)`,
      [viewer.principal.sub, ...params],
    )
    return {
      items: rows.map((r) => ({ id: String(r.id), kind: r.kind, appealId: r.appeal_id, data: r.data, read: r.read, createdAt: new Date(r.created_at).toISOString() })),
      unread,
    }
  }

  /** Marks one notification read; one the user was not sent is 404. */
  async markRead(viewer: Viewer, id: string): Promise<void> {
    const { where, params } = this.audienceWhere(viewer)
    if (!/^\d{1,18}$/.test(id)) throw new ApiException(404, 'NOT_FOUND', 'No such notification')
    const found: unknown[] = await this.db.query(`SELECT 1 FROM notifications n WHERE n.id = $1 AND ${where}`, [id, ...params])
    if (found.length === 0) throw new ApiException(404, 'NOT_FOUND', 'No such notification')
    await this.db.query(`INSERT INTO notification_reads (notification_id, sub) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, viewer.principal.sub])
  }

  /** Marks everything the user was sent read. */
  async markAllRead(viewer: Viewer): Promise<void> {
    const { where, params } = this.audienceWhere(viewer)
    await this.db.query(
      `INSERT INTO notification_reads (notification_id, sub) SELECT n.id, $1 FROM notifications n WHERE ${where} ON CONFLICT DO NOTHING`,
      [viewer.principal.sub, ...params],
    )
  }

  /** `(audience_kind, audience_id)` among the user's audiences, with parameters numbered from $2 ($1 is the query's own). */
  private audienceWhere(viewer: Viewer): { where: string; params: string[] } {
    return audienceWhere(viewer)
  }

}
