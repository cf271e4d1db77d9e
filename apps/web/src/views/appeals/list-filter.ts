import type { AppealStatus } from '@servicepack/ui'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** 我的诉求's filter: which statuses, and a search (tracking number or title). The URL is its home. */
export const LIST_FILTERS = ['all', 'open', 'responded', 'closed', 'withdrawn'] as const
export type ListFilter = (typeof LIST_FILTERS)[number]

const STATUSES: Record<ListFilter, AppealStatus[] | undefined> = {
  all: undefined,
  open: ['submitted', 'dispatched', 'in_progress'],
  responded: ['responded'],
  closed: ['closed'],
  withdrawn: ['withdrawn'],
}

const first = (value: LocationQuery[string] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim()

export function listStateOf(query: LocationQuery): { filter: ListFilter; q: string } {
  const filter = first(query.status)
  return { filter: (LIST_FILTERS as readonly string[]).includes(filter) ? (filter as ListFilter) : 'all', q: first(query.q) }
}

export function queryOfListState(state: { filter: ListFilter; q: string }): LocationQueryRaw {
  return { ...(state.filter !== 'all' ? { status: state.filter } : {}), ...(state.q ? { q: state.q } : {}) }
}

export function statusesOf(filter: ListFilter): AppealStatus[] | undefined {
  return STATUSES[filter]
}
