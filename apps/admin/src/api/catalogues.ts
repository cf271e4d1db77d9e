import type { ApiClient, paths, Schema } from '@servicepack/api-client'

export type RoutingEntry = Schema<'RoutingEntryDto'>
export type RoutingInput = Schema<'RoutingEntryInputDto'>
export type DeadlinePolicy = Schema<'DeadlinePolicyDto'>
export type DeadlinePolicyInput = Schema<'UpdateDeadlinePolicyDto'>
export type CalendarYear = Schema<'CalendarYearDto'>
export type CalendarDay = Schema<'CalendarDayDto'>
export type CalendarWriteResult = Schema<'CalendarWriteResultDto'>
export type ResponseTemplate = Schema<'ResponseTemplateDto'>
export type ResponseTemplateInput = Schema<'CreateResponseTemplateDto'>
export type CatalogueChange = Schema<'CatalogueChangeDto'>
export type CatalogueChangeList = Schema<'CatalogueChangeListDto'>
export type CatalogueChangeQuery = NonNullable<paths['/api/admin/changes']['get']['parameters']['query']>

/** The administrators' catalogues (role admin; coordinators may read routing, deadlines and the calendar). */
export async function getRouting(api: ApiClient): Promise<RoutingEntry[]> {
  const { data } = await api.GET('/api/admin/routing')
  return data ?? []
}

export async function updateRouting(api: ApiClient, entries: RoutingInput[]): Promise<RoutingEntry[]> {
  const { data } = await api.PUT('/api/admin/routing', { body: { entries } })
  return data ?? []
}

export async function resetRouting(api: ApiClient, categoryCode: string): Promise<RoutingEntry[]> {
  const { data } = await api.DELETE('/api/admin/routing/{categoryCode}', { params: { path: { categoryCode } } })
  return data ?? []
}

export async function getDeadlinePolicy(api: ApiClient): Promise<DeadlinePolicy> {
  const { data } = await api.GET('/api/admin/deadline-policy')
  return data!
}

export async function updateDeadlinePolicy(api: ApiClient, body: DeadlinePolicyInput): Promise<DeadlinePolicy> {
  const { data } = await api.PUT('/api/admin/deadline-policy', { body })
  return data!
}

export async function getCalendarYear(api: ApiClient, year: number): Promise<CalendarYear> {
  const { data } = await api.GET('/api/admin/calendar/{year}', { params: { path: { year } } })
  return data!
}

export async function setCalendarDay(api: ApiClient, year: number, date: string, working: boolean, name: string | null): Promise<CalendarYear> {
  const { data } = await api.PUT('/api/admin/calendar/{year}/days/{date}', { params: { path: { year, date } }, body: { working, name } })
  return data!
}

export async function loadCalendarYear(api: ApiClient, year: number): Promise<CalendarWriteResult> {
  const { data } = await api.POST('/api/admin/calendar/{year}/load', { params: { path: { year } }, body: { replace: false } })
  return data!
}

export async function importCalendarNotice(api: ApiClient, year: number, text: string): Promise<CalendarWriteResult> {
  const { data } = await api.POST('/api/admin/calendar/{year}/import', { params: { path: { year } }, body: { text } })
  return data!
}

export async function listTemplates(api: ApiClient, bureau?: string): Promise<ResponseTemplate[]> {
  const { data } = await api.GET('/api/admin/response-templates', { params: { query: bureau ? { bureau: bureau as ResponseTemplate['bureau'] } : {} } })
  return data ?? []
}

export async function createTemplate(api: ApiClient, body: ResponseTemplateInput): Promise<ResponseTemplate> {
  const { data } = await api.POST('/api/admin/response-templates', { body })
  return data!
}

export async function updateTemplate(api: ApiClient, id: string, body: ResponseTemplateInput & { version: number }): Promise<ResponseTemplate> {
  const { data } = await api.PUT('/api/admin/response-templates/{id}', { params: { path: { id } }, body })
  return data!
}

export async function deleteTemplate(api: ApiClient, id: string): Promise<void> {
  await api.DELETE('/api/admin/response-templates/{id}', { params: { path: { id } } })
}

/** The templates a handler may answer with (a bureau officer: their own bureau's). */
export async function myTemplates(api: ApiClient): Promise<ResponseTemplate[]> {
  const { data } = await api.GET('/api/response-templates')
  return data ?? []
}

export async function listChanges(api: ApiClient, query: CatalogueChangeQuery): Promise<CatalogueChangeList> {
  const { data } = await api.GET('/api/admin/changes', { params: { query } })
  return data!
}
