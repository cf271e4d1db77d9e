import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { assertExportSize, type ExportTable } from '../common/table-files.js'
import { enterpriseNames } from '../enterprises/enterprise-names.queries.js'
import { decodeCursor, encodeCursor, sortSql } from './appeal-cursor.js'
import { AppealDetails } from './appeal-details.service.js'
import { eventsOf } from './appeal-events.queries.js'
import { APPEAL_EXPORT_MAX_ROWS, appealExportTable } from './appeal-export.js'
import type { AppealCountsQueryDto, AppealListQueryDto } from './appeal-list-query.dto.js'
import { appealCounts, appealRows, filteredAppeals, stewardedBy, ZERO_COUNTS } from './appeal-list.queries.js'
import { toEventDto, toSummaryDto } from './appeal-mapper.js'
import { noteReadersOf, seesEvent } from './appeal-note-audience.js'
import { findVisible } from './appeal-records.js'
import type { AppealCountsDto, AppealDto, AppealEventDto, AppealListDto } from './appeal-response.dto.js'
import type { Appeal } from './appeal.entity.js'

/** A coordinator's list leads with the appeals of their own enterprises, unless asked otherwise. */
function mineFirst(viewer: Viewer, query: Pick<AppealListQueryDto, 'mine' | 'mineFirst'>): boolean {
  return viewer.roles.includes('coordinator') && query.mineFirst !== false && query.mine === undefined
}

/** The appeals' read side: one appeal, its timeline, the list (keyset pages), its export and its counts. */
@Injectable()
export class AppealQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly details: AppealDetails,
  ) {}

  get(viewer: Viewer, id: string): Promise<AppealDto> {
    return this.details.get(viewer, id)
  }

  /** The timeline, each event and note as the viewer may read them (appeal-note-audience.ts: the handlers' notes and opinions are theirs). */
  async events(viewer: Viewer, id: string): Promise<AppealEventDto[]> {
    const { access: { parties } } = await findVisible(viewer, id, { em: this.db.manager })
    const readers = noteReadersOf(viewer, parties)
    const rows = await eventsOf(this.db.manager, id)
    // why the lead did not wait for the assisting opinion is the bureaus' (and coordinators') matter
    const enterpriseOnly = !parties.some((p) => p !== 'owner') && !viewer.roles.includes('admin')
    return rows.filter((e) => seesEvent(e.action, readers)).map((e) => {
      const dto = toEventDto(e, readers)
      if (!enterpriseOnly || e.action !== 'respond' || !dto.data) return dto
      const { skippedAssisting: _s, skipReason: _r, ...data } = dto.data
      return { ...dto, data }
    })
  }

  /**
   * A page of the viewer's appeals (keyset paging). A coordinator's list puts the appeals of the
   * enterprises they are the steward of first (unless `mineFirst=false` or `mine` is given): the
   * list is then two parts, each in the chosen sort, read one after the other — each part's query
   * stays on an index of its own (appeals_by_enterprise through enterprises_by_steward for the first,
   * the sort's index for the rest) — and the cursor carries the part of its row.
   */
  async list(viewer: Viewer, query: AppealListQueryDto): Promise<AppealListDto> {
    const limit = query.limit ?? 20
    const sort = sortSql(query.sort ?? 'created_desc')
    const policy = await this.details.timingPolicy()
    const key = query.cursor ? decodeCursor(query.cursor) : null
    if (query.cursor && !key) throw new InputInvalidException([fieldProblem('cursor', 'FORMAT', 'cursor is not a cursor this API returned')])
    const parts: (boolean | undefined)[] = mineFirst(viewer, query) ? [true, false] : [undefined]
    // the part the cursor's row is in (a cursor of a one-part list carries none)
    const from = key ? parts.indexOf(key.mine) : 0
    if (from < 0) throw new InputInvalidException([fieldProblem('cursor', 'INVALID', 'cursor is not a cursor of this list')])
    const rows: { appeal: Appeal; sortKey: string | null; part: boolean | undefined }[] = []
    for (let i = from; i < parts.length && rows.length <= limit; i++) {
      const qb = filteredAppeals(this.db, viewer, { ...query, mine: parts[i] ?? query.mine }, { now: this.clock.now(), soon: policy.dueSoonUntil })
      if (!qb) return { items: [], nextCursor: null }
      if (key && i === from) qb.andWhere(sort.after('cursor'), { cursorAt: key.at, cursorId: key.id })
      // to the microsecond (a JS Date would cut a timestamp written by SQL's now() to milliseconds, and an ascending page would repeat its last row)
      qb.addSelect(`to_char(${sort.column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'sort_key')
      for (const [expression, direction, nulls] of sort.orderBy) qb.addOrderBy(expression, direction, nulls)
      const got = await appealRows(this.db, qb.limit(limit + 1 - rows.length))
      got.forEach(({ appeal, raw }) => rows.push({ appeal, sortKey: raw['sort_key'] as string | null, part: parts[i] }))
    }
    const page = rows.slice(0, limit)
    const usccs = page.map((r) => r.appeal.enterpriseUscc)
    const [names, mine] = await Promise.all([enterpriseNames(this.db.manager, usccs), stewardedBy(this.db, viewer.principal.sub, usccs)])
    const now = this.clock.now()
    const items = page.map(({ appeal: a }) => toSummaryDto(a, names.get(a.enterpriseUscc) ?? '', now, policy, mine.has(a.enterpriseUscc)))
    const last = page.at(-1)
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor({ at: last.sortKey, id: last.appeal.id, ...(last.part !== undefined ? { mine: last.part } : {}) })
        : null
    return { items, nextCursor }
  }

  /**
   * Every appeal of the list with these filters (same scope, same order, no paging) as a table to
   * download; more than APPEAL_EXPORT_MAX_ROWS is refused with 400 EXPORT_TOO_LARGE.
   */
  async exportTable(viewer: Viewer, query: Omit<AppealListQueryDto, 'cursor' | 'limit'>): Promise<ExportTable> {
    const policy = await this.details.timingPolicy()
    const sort = sortSql(query.sort ?? 'created_desc')
    const appeals: Appeal[] = []
    const at = { now: this.clock.now(), soon: policy.dueSoonUntil }
    const all = filteredAppeals(this.db, viewer, query, at)
    if (all) {
      const count = await all.getCount()
      assertExportSize(count, 'appeals')
      // the list's parts (a coordinator's own enterprises first), each in the chosen sort
      for (const part of mineFirst(viewer, query) ? [true, false] : [undefined]) {
        const qb = filteredAppeals(this.db, viewer, { ...query, mine: part ?? query.mine }, at)!
        for (const [expression, direction, nulls] of sort.orderBy) qb.addOrderBy(expression, direction, nulls)
        appeals.push(...(await qb.limit(APPEAL_EXPORT_MAX_ROWS - appeals.length).getMany()))
      }
    }
    const names = await enterpriseNames(this.db.manager, appeals.map((a) => a.enterpriseUscc))
    return appealExportTable(appeals, names, { now: this.clock.now(), today: this.clock.today(), dueSoonUntil: policy.dueSoonUntil })
  }

  async counts(viewer: Viewer, filters: AppealCountsQueryDto = {}): Promise<AppealCountsDto> {
    const policy = await this.details.timingPolicy()
    const at = { now: this.clock.now(), soon: policy.dueSoonUntil }
    const qb = filteredAppeals(this.db, viewer, filters, at)
    return qb ? appealCounts(qb, viewer, at) : { ...ZERO_COUNTS }
  }
}
