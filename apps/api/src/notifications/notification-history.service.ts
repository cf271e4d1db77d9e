import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { groupSql, NOTIFICATION_GROUPS } from './notification-groups.js'
import { audienceWhere } from './notification-where.js'
import type { NotificationHistoryDto, NotificationHistoryQueryDto } from './notification.dto.js'

/**
 * The notifications page behind the bell's 查看全部 (issue 19 §5): every notification the caller was
 * sent, newest first, a page at a time with the total, filtered by read state and kind; the counts
 * per kind follow the read filter so the tabs add up.
 */
@Injectable()
export class NotificationHistoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(viewer: Viewer, query: NotificationHistoryQueryDto): Promise<NotificationHistoryDto> {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 20
    const { where, params } = audienceWhere(viewer)
    const read = `EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.sub = $1)`
    const readFilter = query.unread === undefined ? 'TRUE' : query.unread ? `NOT ${read}` : read
    const kindFilter = query.kind ? groupSql(query.kind) : 'TRUE'
    const args = [viewer.principal.sub, ...params]
    const rows: { id: string; kind: string; appeal_id: string | null; data: Record<string, unknown>; read: boolean; created_at: Date }[] = await this.db.query(
      `SELECT n.id, n.kind, n.appeal_id, n.data, ${read} AS read, n.created_at
         FROM notifications n
        WHERE ${where} AND ${readFilter} AND ${kindFilter}
        ORDER BY n.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      args,
    )
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE ${readFilter} AND ${kindFilter})::int AS total,
              count(*) FILTER (WHERE NOT ${read})::int AS unread,
              ${NOTIFICATION_GROUPS.map((g) => `count(*) FILTER (WHERE ${readFilter} AND ${groupSql(g)})::int AS "${g}"`).join(', ')}
         FROM notifications n WHERE ${where}`,
      args,
    )
    return {
      items: rows.map((r) => ({ id: String(r.id), kind: r.kind, appealId: r.appeal_id, data: r.data, read: r.read, createdAt: new Date(r.created_at).toISOString() })),
      total: counts.total,
      unread: counts.unread,
      kinds: NOTIFICATION_GROUPS.map((kind) => ({ kind, count: counts[kind] as number })),
      page,
      pageSize,
    }
  }
}
