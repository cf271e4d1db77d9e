import { catalogues, isCalendarDate } from '@servicepack/policy-rules'
import type { AppealCounts, AppealCountsQuery, AppealListQuery, AppealStatus } from '@servicepack/ui'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/**
 * The inbox's tabs: one per status, the to-do views (overdue, due soon, extensions to decide), and a
 * coordinator's own enterprises (`mine`: the open appeals of the enterprises they are the steward of).
 */
export const INBOX_TABS = ['all', 'mine', 'submitted', 'dispatched', 'in_progress', 'responded', 'closed', 'withdrawn', 'overdue', 'dueSoon', 'pendingExtension'] as const
export type InboxTab = (typeof INBOX_TABS)[number]

export const INBOX_SORTS = ['created_desc', 'created_asc', 'due_asc'] as const
export type InboxSort = (typeof INBOX_SORTS)[number]

/** The inbox's state; the URL query is its one home (reload, Back, a bookmark and the 工作台's links keep it). */
export interface InboxFilters {
  tab: InboxTab
  category: string
  bureau: string
  /** USCC of one enterprise. */
  enterprise: string
  q: string
  sort: InboxSort
  /** The 三率 drill-down (from the 数据看板): which of the figure's appeals; '' = any. */
  lead: string
  district: string
  dispatchedFrom: string
  dispatchedTo: string
  ratedFrom: string
  ratedTo: string
  rating: '' | 'satisfied' | 'basically_satisfied' | 'unsatisfied'
  reopened: '' | 'true' | 'false'
  everOverdue: '' | 'true' | 'false'
  /** A bureau's queue (from the 工作台): its part (主办 / 协办), and 待提供协办意见. */
  part: '' | 'lead' | 'assisting'
  awaitingOpinion: '' | 'true' | 'false'
}

/** The drill-down's filters, shown as removable tags above the list. */
export const DRILL_FILTERS = ['lead', 'district', 'dispatchedFrom', 'dispatchedTo', 'ratedFrom', 'ratedTo', 'rating', 'reopened', 'everOverdue', 'part', 'awaitingOpinion'] as const
export type DrillFilter = (typeof DRILL_FILTERS)[number]

export const DEFAULT_INBOX: Readonly<InboxFilters> = {
  tab: 'all', category: '', bureau: '', enterprise: '', q: '', sort: 'created_desc',
  lead: '', district: '', dispatchedFrom: '', dispatchedTo: '', ratedFrom: '', ratedTo: '', rating: '', reopened: '', everOverdue: '', part: '', awaitingOpinion: '',
}
const RATINGS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const
const BOOLS = ['true', 'false'] as const
export const USCC = /^[0-9A-Z]{18}$/

const first = (value: LocationQuery[string] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim()
const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T => ((list as readonly string[]).includes(value) ? (value as T) : fallback)
const isCode = (list: readonly { code: string }[], code: string) => list.some((item) => item.code === code)
const date = (value: string) => (isCalendarDate(value) ? value : '')

/** Reads the filters from the URL; anything unknown or malformed falls back to the default. */
export function inboxFromQuery(query: LocationQuery): InboxFilters {
  const category = first(query.category)
  const bureau = first(query.bureau)
  const enterprise = first(query.enterprise).toUpperCase()
  return {
    tab: oneOf(INBOX_TABS, first(query.tab), 'all'),
    category: isCode(catalogues.appealCategories, category) ? category : '',
    bureau: isCode(catalogues.bureaus, bureau) ? bureau : '',
    enterprise: USCC.test(enterprise) ? enterprise : '',
    q: first(query.q).slice(0, 100),
    sort: oneOf(INBOX_SORTS, first(query.sort), 'created_desc'),
    lead: isCode(catalogues.bureaus, first(query.lead)) ? first(query.lead) : '',
    district: isCode(catalogues.districts, first(query.district)) ? first(query.district) : '',
    dispatchedFrom: date(first(query.dispatchedFrom)),
    dispatchedTo: date(first(query.dispatchedTo)),
    ratedFrom: date(first(query.ratedFrom)),
    ratedTo: date(first(query.ratedTo)),
    rating: oneOf(['', ...RATINGS], first(query.rating), ''),
    reopened: oneOf(['', ...BOOLS], first(query.reopened), ''),
    everOverdue: oneOf(['', ...BOOLS], first(query.everOverdue), ''),
    part: oneOf(['', 'lead', 'assisting'], first(query.part), ''),
    awaitingOpinion: oneOf(['', ...BOOLS], first(query.awaitingOpinion), ''),
  }
}

/** The URL query of the filters; defaults are left out so a plain inbox has a plain URL. */
export function queryOfInbox(filters: InboxFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of ['tab', 'category', 'bureau', 'enterprise', 'q', 'sort', ...DRILL_FILTERS] as const) {
    if (filters[key] && filters[key] !== DEFAULT_INBOX[key]) query[key] = filters[key]
  }
  return query
}

const STATUS_TABS: readonly string[] = ['submitted', 'dispatched', 'in_progress', 'responded', 'closed', 'withdrawn']

/** What the API is asked for a page of the inbox. */
export function apiQueryOf(filters: InboxFilters, cursor?: string | null, limit = 20): AppealListQuery {
  const query: AppealListQuery = { sort: filters.sort, limit }
  if (STATUS_TABS.includes(filters.tab)) query.status = [filters.tab as AppealStatus]
  if (filters.tab === 'mine') {
    query.mine = true
    query.status = ['submitted', 'dispatched', 'in_progress']
  }
  if (filters.tab === 'overdue') query.overdue = true
  if (filters.tab === 'dueSoon') query.dueSoon = true
  if (filters.tab === 'pendingExtension') query.pendingExtension = true
  if (filters.category) query.category = filters.category as AppealListQuery['category']
  if (filters.bureau) query.bureau = filters.bureau as AppealListQuery['bureau']
  if (filters.enterprise) query.enterprise = filters.enterprise
  if (filters.q) query.q = filters.q
  if (filters.lead) query.lead = filters.lead as AppealListQuery['lead']
  if (filters.district) query.district = filters.district as AppealListQuery['district']
  for (const key of ['dispatchedFrom', 'dispatchedTo', 'ratedFrom', 'ratedTo'] as const) if (filters[key]) query[key] = filters[key]
  if (filters.rating) query.rating = filters.rating
  if (filters.reopened) query.reopened = filters.reopened === 'true'
  if (filters.everOverdue) query.everOverdue = filters.everOverdue === 'true'
  if (filters.part) query.part = filters.part
  if (filters.awaitingOpinion) query.awaitingOpinion = filters.awaitingOpinion === 'true'
  if (cursor) query.cursor = cursor
  return query
}

/** The list's filters that are not the tab: what `GET /api/appeals/counts` takes, so tabs and 共 N 条 agree with the list. */
export function countsQueryOf(filters: InboxFilters): AppealCountsQuery {
  const { sort: _sort, limit: _limit, status: _status, mine: _mine, overdue: _overdue, dueSoon: _dueSoon, pendingExtension: _pending, cursor: _cursor, ...rest } = apiQueryOf(filters)
  return rest as AppealCountsQuery
}

/** A tab's count from `GET /api/appeals/counts` under the same non-tab filters. */
export function tabCount(tab: InboxTab, counts: AppealCounts): number {
  switch (tab) {
    case 'all':
      return counts.submitted + counts.dispatched + counts.inProgress + counts.responded + counts.closed + counts.withdrawn
    case 'in_progress':
      return counts.inProgress
    default:
      return counts[tab]
  }
}
