import type { paths, Schema } from '@servicepack/api-client'

/** The API's appeal shapes, as the generated client names them (no hand-written API types). */
export type Appeal = Schema<'AppealDto'>
export type AppealSummary = Schema<'AppealSummaryDto'>
export type AppealList = Schema<'AppealListDto'>
export type AppealCounts = Schema<'AppealCountsDto'>
export type AppealEvent = Schema<'AppealEventDto'>
export type AppealAttachment = Schema<'AttachmentDto'>
export type AppealStatus = Schema<'AppealStatus'>
export type AppealAction = Schema<'AppealAction'>
export type AppealParty = AppealEvent['party']
export type AppealRating = Schema<'RateAppealDto'>['rating']
export type AppealComplexity = Schema<'DispatchAppealDto'>['complexity']
export type BureauCode = Schema<'DispatchAppealDto'>['leadBureau']
export type AppealNotification = Schema<'NotificationDto'>
export type NotificationList = Schema<'NotificationListDto'>
export type NotificationHistory = Schema<'NotificationHistoryDto'>
export type NotificationGroup = Schema<'NotificationGroup'>
export type NotificationHistoryQuery = NonNullable<paths['/api/notifications/history']['get']['parameters']['query']>
/** The list's filters as the API takes them. */
export type AppealListQuery = NonNullable<paths['/api/appeals']['get']['parameters']['query']>
/** The list's non-tab filters, which the counts follow. */
export type AppealCountsQuery = NonNullable<paths['/api/appeals/counts']['get']['parameters']['query']>

export const APPEAL_STATUSES: readonly AppealStatus[] = ['submitted', 'dispatched', 'in_progress', 'responded', 'closed', 'withdrawn']
/** Statuses of an appeal still being handled (what "open appeals" lists). */
export const OPEN_STATUSES: readonly AppealStatus[] = ['submitted', 'dispatched', 'in_progress', 'responded']
