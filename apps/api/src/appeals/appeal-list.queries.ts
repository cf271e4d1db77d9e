import type { DataSource, SelectQueryBuilder } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { likePattern, textMatchSql } from '../common/text-search.js'
import { enterpriseNameMatchSql } from '../enterprises/enterprise-search.js'
import { appealScope } from './appeal-access.js'
import { DUE_SQL } from './appeal-cursor.js'
import type { AppealListQueryDto } from './appeal-list-query.dto.js'
import { appealViewer } from './appeal-records.js'
import type { AppealCountsDto } from './appeal-response.dto.js'
import { Appeal } from './appeal.entity.js'

/**
 * The SQL of the appeals' lists, export and counts: the filter builder over the viewer's scope
 * (appeal-access.ts), the counts' columns, the rows read without hydration, the enterprises' names
 * and stewards of a page. Indexes: appeals_by_enterprise, enterprises_by_steward, the sorts' (appeal-cursor.ts).
 */

/** What the search's index holds of an appeal (migration SearchBigrams: appeals_search); alias `a`. */
const APPEAL_SEARCH_TEXT = `a.number || ' ' || a.title`

/** The appeal's enterprise has the caller (`:me`) as its 服务管家 (index enterprises_by_steward). */
const MINE_SQL = `a.enterprise_uscc IN (SELECT se.uscc FROM enterprises se WHERE se.steward_sub = :me)`

/** 待提供协办意见: the caller's bureau (:myBureau) assists and has given no opinion since the dispatch. */
const AWAITING_MY_OPINION_SQL = `a.status IN ('dispatched', 'in_progress') AND a.assisting_bureaus @> ARRAY[:myBureau]::varchar[]
  AND NOT EXISTS (SELECT 1 FROM appeal_events oe WHERE oe.appeal_id = a.id AND oe.action = 'opinion' AND oe.actor_bureau = :myBureau AND oe.at >= a.dispatched_at)`

/** The viewer's appeals matching the filters (alias `a`), or null when the viewer sees none. `soon`: where 即将超期 ends. */
export function filteredAppeals(db: DataSource, viewer: Viewer, query: Partial<AppealListQueryDto>, { now, soon }: { now: Date; soon: Date }): SelectQueryBuilder<Appeal> | null {
  const scope = appealScope(appealViewer(viewer))
  if (scope === false) return null
  const qb = db.getRepository(Appeal).createQueryBuilder('a')
  if (scope) qb.andWhere(scope.sql, scope.params)
  if (query.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: query.status })
  if (query.category) qb.andWhere('a.category_code = :category', { category: query.category })
  if (query.bureau) qb.andWhere('(a.lead_bureau = :bureau OR a.assisting_bureaus @> ARRAY[:bureau]::varchar[])', { bureau: query.bureau })
  if (query.enterprise) qb.andWhere('a.enterprise_uscc = :enterprise', { enterprise: query.enterprise })
  if (query.mine !== undefined) qb.andWhere(query.mine ? MINE_SQL : `NOT ${MINE_SQL}`, { me: viewer.principal.sub })
  if (query.lead) qb.andWhere('a.lead_bureau = :lead', { lead: query.lead })
  if (query.district) qb.andWhere('a.district = :district', { district: query.district })
  // Shanghai dates: a day runs from 00:00 +08:00
  if (query.dispatchedFrom) qb.andWhere(`a.dispatched_at >= (:dispatchedFrom || ' 00:00+08')::timestamptz`, { dispatchedFrom: query.dispatchedFrom })
  if (query.dispatchedTo) qb.andWhere(`a.dispatched_at < (:dispatchedTo || ' 00:00+08')::timestamptz + interval '1 day'`, { dispatchedTo: query.dispatchedTo })
  if (query.ratedFrom) qb.andWhere(`a.rated_at >= (:ratedFrom || ' 00:00+08')::timestamptz`, { ratedFrom: query.ratedFrom })
  if (query.ratedTo) qb.andWhere(`a.rated_at < (:ratedTo || ' 00:00+08')::timestamptz + interval '1 day'`, { ratedTo: query.ratedTo })
  if (query.everOverdue !== undefined) {
    qb.andWhere(`EXISTS (SELECT 1 FROM appeal_events e WHERE e.appeal_id = a.id AND e.action = 'overdue' AND e.at >= a.dispatched_at) = :everOverdue`, { everOverdue: query.everOverdue })
  }
  if (query.rating) qb.andWhere('a.rating = :rating', { rating: query.rating })
  if (query.reopened !== undefined) qb.andWhere(query.reopened ? 'a.reopen_count > 0' : 'a.reopen_count = 0')
  if (query.pendingExtension !== undefined) qb.andWhere('a.pending_extension = :pending', { pending: query.pendingExtension })
  const myBureau = viewer.principal.bureau ?? ''
  if (query.part === 'lead') qb.andWhere('a.lead_bureau = :myBureau', { myBureau })
  if (query.part === 'assisting') qb.andWhere('a.assisting_bureaus @> ARRAY[:myBureau]::varchar[]', { myBureau })
  if (query.awaitingOpinion !== undefined) qb.andWhere(`(${AWAITING_MY_OPINION_SQL}) = :awaitingOpinion`, { myBureau, awaitingOpinion: query.awaitingOpinion })
  if (query.overdue !== undefined) {
    qb.andWhere(`(a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} < :now) = :overdue`, { now, overdue: query.overdue })
  }
  if (query.dueSoon !== undefined) {
    qb.andWhere(`(a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} >= :now AND ${DUE_SQL} <= :soon) = :dueSoon`, { now, soon, dueSoon: query.dueSoon })
  }
  if (query.q) {
    // the number or title (index appeals_search), or the enterprise's name (enterprises_search)
    const ownText = textMatchSql(query.q, { indexed: APPEAL_SEARCH_TEXT, text: () => ':qText', check: 'a.number ILIKE :q OR a.title ILIKE :q' })
    const names = enterpriseNameMatchSql(query.q, { text: () => ':qText', pattern: ':q' })
    qb.andWhere(`(${ownText} OR a.enterprise_uscc = ANY(ARRAY(${names})))`, { q: likePattern(query.q), qText: query.q })
  }
  return qb
}

export const ZERO_COUNTS: AppealCountsDto = { submitted: 0, dispatched: 0, inProgress: 0, responded: 0, closed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, pendingExtension: 0, toAccept: 0, toAnswer: 0, awaitingOpinion: 0, reopened: 0, mine: 0 }

/** The counts per status and the to-do counts of the filtered appeals (one row). */
export async function appealCounts(qb: SelectQueryBuilder<Appeal>, viewer: Viewer, { now, soon }: { now: Date; soon: Date }): Promise<AppealCountsDto> {
  const row = await qb
    .select([
      `count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted`,
      `count(*) FILTER (WHERE a.status = 'dispatched')::int AS dispatched`,
      `count(*) FILTER (WHERE a.status = 'in_progress')::int AS "inProgress"`,
      `count(*) FILTER (WHERE a.status = 'responded')::int AS responded`,
      `count(*) FILTER (WHERE a.status = 'closed')::int AS closed`,
      `count(*) FILTER (WHERE a.status = 'withdrawn')::int AS withdrawn`,
      `count(*) FILTER (WHERE a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} < :now)::int AS overdue`,
      `count(*) FILTER (WHERE a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} >= :now AND ${DUE_SQL} <= :soon)::int AS "dueSoon"`,
      `count(*) FILTER (WHERE a.pending_extension)::int AS "pendingExtension"`,
      // a bureau's queue (0 for a caller without a bureau)
      `count(*) FILTER (WHERE a.status = 'dispatched' AND a.lead_bureau = :myBureau)::int AS "toAccept"`,
      `count(*) FILTER (WHERE a.status = 'in_progress' AND a.lead_bureau = :myBureau)::int AS "toAnswer"`,
      `count(*) FILTER (WHERE ${AWAITING_MY_OPINION_SQL})::int AS "awaitingOpinion"`,
      `count(*) FILTER (WHERE a.status = 'in_progress' AND a.reopen_count > 0)::int AS reopened`,
      `count(*) FILTER (WHERE a.status IN ('submitted', 'dispatched', 'in_progress') AND ${MINE_SQL})::int AS mine`,
    ])
    .setParameters({ now, soon, me: viewer.principal.sub, myBureau: viewer.principal.bureau ?? '' })
    .getRawOne<AppealCountsDto>()
  return row ?? ZERO_COUNTS
}

/** Which of these enterprises `sub` is the steward of. */
export async function stewardedBy(db: DataSource, sub: string, usccs: string[]): Promise<Set<string>> {
  if (usccs.length === 0) return new Set()
  const rows: { uscc: string }[] = await db.query(`SELECT uscc FROM enterprises WHERE uscc = ANY($1) AND steward_sub = $2`, [[...new Set(usccs)], sub])
  return new Set(rows.map((r) => r.uscc))
}

/**
 * A list page's query, built with TypeORM's QueryBuilder (the filters, scope and keyset), run as plain
 * SQL: the rows come back as pg parses them and are read into appeals by column name, without
 * TypeORM's hydration (which cost more than the query itself per page of 50, issue 22's CPU
 * profile). Only plain columns are read: list queries join nothing into the appeal.
 */
export async function appealRows(db: DataSource, qb: SelectQueryBuilder<Appeal>): Promise<{ appeal: Appeal; raw: Record<string, unknown> }[]> {
  const [sql, params] = qb.getQueryAndParameters()
  const rows: Record<string, unknown>[] = await db.query(sql, params)
  const columns = columnsOf(db, qb.alias)
  return rows.map((raw) => {
    const appeal = new Appeal()
    const target = appeal as unknown as Record<string, unknown>
    for (const [key, property] of columns) if (key in raw) target[property] = raw[key]
    return { appeal, raw }
  })
}

const cache = new WeakMap<DataSource, Map<string, [string, string][]>>()

/** TypeORM's raw names of the appeal's columns (`<alias>_<column>`) with their properties. */
function columnsOf(db: DataSource, alias: string): [string, string][] {
  let byAlias = cache.get(db)
  if (!byAlias) cache.set(db, (byAlias = new Map()))
  let columns = byAlias.get(alias)
  if (!columns) {
    const metadata = db.getMetadata(Appeal)
    // the plain columns (enterprise_uscc is read as enterpriseUscc, never as the `enterprise` relation)
    const relations = new Set(metadata.relations.map((r) => r.propertyName))
    columns = metadata.columns.filter((c) => !relations.has(c.propertyName)).map((c) => [`${alias}_${c.databaseName}`, c.propertyName] as [string, string])
    byAlias.set(alias, columns)
  }
  return columns
}
