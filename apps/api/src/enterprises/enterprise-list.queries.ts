import { catalogues } from '@servicepack/policy-rules'
import type { DataSource } from 'typeorm'
import type { EnterpriseListQueryDto, EnterpriseSort, EnterpriseSummaryDto } from './enterprise.dto.js'
import { positional } from '../common/named-params.js'
import { likePattern, textMatchSql } from '../common/text-search.js'
import type { EnterpriseScope } from './enterprise-access.js'
import { ENTERPRISE_SEARCH_TEXT } from './enterprise-search.js'
import { accountName, accountNameSql } from './steward.js'

/**
 * The coordinators' enterprise list in SQL of its own (issue 22): only the columns the list shows,
 * the page and its count as two queries in parallel, rows mapped straight to the summary — no entity
 * is hydrated (TypeORM's getManyAndCount read every column of both tables and ran the queries one
 * after the other). The filters match the expression index `EnterpriseListIndex` on industry and district.
 */

/** The sort's SQL, unknown values last either way (ICU's Chinese collation for names). */
const SORT_SQL: Record<EnterpriseSort, (param: (value: unknown) => string) => string> = {
  name: () => 'e.name COLLATE "zh-x-icu"',
  uscc: () => 'e.uscc',
  key: () => 'e.is_key',
  industry: (param) => `array_position(${param(catalogues.industries.map((i) => i.code))}::text[], e.facts->>'industry')`,
  district: (param) => `array_position(${param(catalogues.districts.map((d) => d.code))}::text[], e.facts->>'district')`,
  annualOutputValue: () => "CAST(e.facts->>'annualOutputValue' AS bigint)",
  // the account's name (legacy stewards, which count as 未分配, sort with the unassigned)
  steward: () => `(${accountNameSql('sa')}) COLLATE "zh-x-icu"`,
  updatedAt: () => 'e.updated_at',
}

/**
 * The WHERE and ORDER BY of a list query, with its parameters ($1…): the viewer's scope and the filters'
 * first (`filterParams` of them), then the sort's. `scope` is `enterpriseScope(viewer)` (null: every
 * enterprise; a viewer that sees none never gets here).
 */
export function enterpriseListSql(query: Omit<EnterpriseListQueryDto, 'page' | 'pageSize'>, me: string, scope: EnterpriseScope | null): { where: string; orderBy: string; params: unknown[]; filterParams: number } {
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  const where: string[] = []
  if (scope) where.push(positional(scope.sql, scope.params, param))
  if (query.q) {
    const q = param(likePattern(query.q))
    where.push(textMatchSql(query.q, { indexed: ENTERPRISE_SEARCH_TEXT('e'), text: () => param(query.q), check: `e.name ILIKE ${q} OR e.uscc ILIKE ${q}` }))
  }
  if (query.key !== undefined) where.push(`e.is_key = ${param(query.key)}`)
  if (query.unassigned !== undefined) where.push(query.unassigned ? 'e.steward_sub IS NULL' : 'e.steward_sub IS NOT NULL')
  if (query.mine !== undefined) {
    const p = param(me)
    where.push(query.mine ? `e.steward_sub = ${p}` : `(e.steward_sub IS NULL OR e.steward_sub <> ${p})`)
  }
  if (query.industry) where.push(`e.facts->>'industry' = ${param(query.industry)}`)
  if (query.district) where.push(`e.facts->>'district' = ${param(query.district)}`)
  const filterParams = params.length
  let orderBy: string
  if (!query.sort) orderBy = 'e.is_key DESC, e.name ASC, e.uscc ASC'
  else {
    const direction = query.order === 'desc' ? 'DESC' : 'ASC'
    // the USCC keeps pages stable among equal values
    orderBy = `${SORT_SQL[query.sort](param)} ${direction} NULLS LAST, e.uscc ${direction}`
  }
  return { where: where.length ? where.join(' AND ') : 'TRUE', orderBy, params, filterParams }
}

interface ListRow {
  uscc: string
  name: string
  is_key: boolean
  industry: unknown
  district: unknown
  annual_output_value: unknown
  steward_sub: string | null
  steward_legacy_name: string | null
  version: number
  updated_at: Date
  sa_username: string | null
  sa_name: string | null
}

export function toEnterpriseSummary(r: ListRow): EnterpriseSummaryDto {
  return {
    uscc: r.uscc,
    name: r.name,
    isKey: r.is_key,
    industry: typeof r.industry === 'string' ? r.industry : null,
    district: typeof r.district === 'string' ? r.district : null,
    annualOutputValue: typeof r.annual_output_value === 'number' ? r.annual_output_value : null,
    stewardName: r.steward_sub ? (r.sa_username ? accountName({ username: r.sa_username, name: r.sa_name }) : r.steward_sub) : null,
    stewardSub: r.steward_sub,
    stewardLegacyName: r.steward_sub ? null : r.steward_legacy_name,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  }
}

const COLUMNS = `e.uscc, e.name, e.is_key, e.facts->'industry' AS industry, e.facts->'district' AS district,
  e.facts->'annualOutputValue' AS annual_output_value, e.steward_sub, e.steward_legacy_name, e.version, e.updated_at,
  sa.username AS sa_username, sa.name AS sa_name`
const FROM = 'enterprises e LEFT JOIN users sa ON sa.sub = e.steward_sub'

/** A page of the list and how many enterprises match (two queries at once). */
export async function enterprisePage(db: DataSource, query: EnterpriseListQueryDto, me: string, scope: EnterpriseScope | null, offset: number, limit: number): Promise<{ items: EnterpriseSummaryDto[]; total: number }> {
  const { where, orderBy, params, filterParams } = enterpriseListSql(query, me, scope)
  const n = params.length
  const [rows, count] = await Promise.all([
    db.query<ListRow[]>(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset]),
    // the join is many-to-one (never repeats a row) and filters nothing: counted without it
    db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM enterprises e WHERE ${where}`, params.slice(0, filterParams)),
  ])
  return { items: rows.map(toEnterpriseSummary), total: count[0]?.n ?? 0 }
}

/** How many enterprises match (the export's size check). */
export async function enterpriseCount(db: DataSource, query: Omit<EnterpriseListQueryDto, 'page' | 'pageSize'>, me: string, scope: EnterpriseScope | null): Promise<number> {
  const { where, params, filterParams } = enterpriseListSql(query, me, scope)
  const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM enterprises e WHERE ${where}`, params.slice(0, filterParams))
  return row?.n ?? 0
}

/** Every matching enterprise in list order, at most `limit` (the export). */
export async function enterpriseRows(db: DataSource, query: Omit<EnterpriseListQueryDto, 'page' | 'pageSize'>, me: string, scope: EnterpriseScope | null, limit: number): Promise<EnterpriseSummaryDto[]> {
  const { where, orderBy, params } = enterpriseListSql(query, me, scope)
  const rows = await db.query<ListRow[]>(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY ${orderBy} LIMIT $${params.length + 1}`, [...params, limit])
  return rows.map(toEnterpriseSummary)
}
