import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { positional } from '../common/named-params.js'
import { noticeScope } from './notice-access.js'
import { noticeViewer } from './notice-records.js'
import type { NoticesByMeasureDto } from './notices-by-measure.dto.js'

interface Row {
  measure_id: string
  total: number
  id: string
  title: string
  starts_at: Date
  ends_at: Date
}

/**
 * The upcoming training of each measure, as the package page lists it under the measure's card
 * (issue 19 §5): per measure, the soonest `perMeasure` published notices that have not ended and that
 * the caller may see (the notices' own scope), and how many there are in all — one query, whatever
 * the number of notices, so nothing is cut at a page size.
 */
@Injectable()
export class NoticesByMeasureQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, perMeasure: number): Promise<NoticesByMeasureDto> {
    const scope = noticeScope(noticeViewer(viewer))
    if (scope === false) return { items: [] }
    const params: unknown[] = []
    const param = (value: unknown) => {
      params.push(value)
      return `$${params.length}`
    }
    const where = [`n.status = 'published'`, `n.ends_at >= ${param(this.clock.now())}`]
    if (scope) where.push(positional(scope.sql, scope.params, param))
    const rows = await this.db.query<Row[]>(
      `SELECT measure_id, total, id, title, starts_at, ends_at FROM (
         SELECT m.measure_id, n.id, n.title, n.starts_at, n.ends_at,
                count(*) OVER (PARTITION BY m.measure_id)::int AS total,
                row_number() OVER (PARTITION BY m.measure_id ORDER BY n.starts_at, n.id) AS place
         FROM notices n CROSS JOIN LATERAL unnest(n.measure_ids) AS m(measure_id)
         WHERE ${where.join(' AND ')}
       ) x
       WHERE place <= ${param(perMeasure)}
       ORDER BY measure_id, place`,
      params,
    )
    const items: NoticesByMeasureDto['items'] = []
    for (const r of rows) {
      let entry = items.at(-1)
      if (entry?.measureId !== r.measure_id) items.push((entry = { measureId: r.measure_id, total: r.total, notices: [] }))
      entry.notices.push({ id: r.id, title: r.title, startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString() })
    }
    return { items }
  }
}
