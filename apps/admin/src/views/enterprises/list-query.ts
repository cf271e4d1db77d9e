import { catalogues } from '@servicepack/policy-rules'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { EnterpriseQuery } from '../../api/enterprises'

/** 'key' = 重点企业 only, 'other' = the rest, 'all' = both. */
export type KeyFilter = 'all' | 'key' | 'other'

/** The columns the list sorts by (the API's `sort`); '' = its own order (重点企业 first, then names). */
export const SORT_COLUMNS = ['uscc', 'name', 'industry', 'district', 'annualOutputValue', 'steward', 'updatedAt'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SortOrder = 'asc' | 'desc'

/** The enterprise list's state; the URL query is its one home (reload and back keep it). */
export interface ListFilters {
  q: string
  key: KeyFilter
  /** Only the enterprises without a 服务管家 (未分配管家). */
  unassigned: boolean
  /** Only the enterprises whose 服务管家 is the caller (我负责的企业). */
  mine: boolean
  industry: string
  district: string
  sort: SortColumn | ''
  order: SortOrder
  page: number
  pageSize: number
}

export const PAGE_SIZES = [10, 20, 50, 100] as const
export const DEFAULT_FILTERS: Readonly<ListFilters> = { q: '', key: 'all', unassigned: false, mine: false, industry: '', district: '', sort: '', order: 'asc', page: 1, pageSize: 20 }

type QueryValue = LocationQuery[string] | undefined

function text(value: QueryValue): string {
  const first = Array.isArray(value) ? value[0] : value
  return (first ?? '').trim()
}

function positiveInt(value: QueryValue, fallback: number): number {
  const n = Number(text(value))
  return Number.isSafeInteger(n) && n > 0 ? n : fallback
}

/** Reads the filters from the URL; anything missing or malformed falls back to the default. */
export function filtersFromQuery(query: LocationQuery): ListFilters {
  const key = text(query.key)
  const sort = text(query.sort)
  const pageSize = positiveInt(query.pageSize, DEFAULT_FILTERS.pageSize)
  return {
    q: text(query.q),
    key: key === 'key' || key === 'other' ? key : 'all',
    unassigned: text(query.unassigned) === 'true',
    mine: text(query.mine) === 'true',
    industry: text(query.industry),
    district: text(query.district),
    sort: (SORT_COLUMNS as readonly string[]).includes(sort) ? (sort as SortColumn) : '',
    order: text(query.order) === 'desc' ? 'desc' : 'asc',
    page: positiveInt(query.page, 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_FILTERS.pageSize,
  }
}

/** The URL query for the filters: defaults are left out so a plain list has a plain URL. */
export function queryFromFilters(filters: ListFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.q) query.q = filters.q
  if (filters.key !== 'all') query.key = filters.key
  if (filters.unassigned) query.unassigned = 'true'
  if (filters.mine) query.mine = 'true'
  if (filters.industry) query.industry = filters.industry
  if (filters.district) query.district = filters.district
  if (filters.sort) {
    query.sort = filters.sort
    if (filters.order === 'desc') query.order = 'desc'
  }
  if (filters.page !== 1) query.page = String(filters.page)
  if (filters.pageSize !== DEFAULT_FILTERS.pageSize) query.pageSize = String(filters.pageSize)
  return query
}

/** What the API is asked for: the same filters and order without paging (the CSV export takes these). */
export function apiFilters(filters: ListFilters): Omit<EnterpriseQuery, 'page' | 'pageSize'> {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.key !== 'all' ? { key: filters.key === 'key' } : {}),
    ...(filters.unassigned ? { unassigned: true } : {}),
    ...(filters.mine ? { mine: true } : {}),
    ...(isCode(catalogues.industries, filters.industry) ? { industry: filters.industry } : {}),
    ...(isCode(catalogues.districts, filters.district) ? { district: filters.district } : {}),
    ...(filters.sort ? { sort: filters.sort, order: filters.order } : {}),
  }
}

/** True when `code` is one of the catalogue's codes (a stale or hand-typed URL may hold others). */
function isCode<C extends string>(list: readonly { code: C }[], code: string): code is C {
  return list.some((item) => item.code === code)
}

/** Page and size added to `apiFilters`. */
export function apiQuery(filters: ListFilters): EnterpriseQuery {
  return { ...apiFilters(filters), page: filters.page, pageSize: filters.pageSize }
}
