import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger'
import { Transform, Type } from 'class-transformer'
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator'
import { catalogues, measures } from '@servicepack/policy-rules'
import { IsCalendarDate } from '../common/date-fields.js'
import { PhoneField, TextField } from '../common/fields.js'
import { EXPORT_FORMATS, type ExportFormat } from '../common/table-files.js'
import { EvaluationDto } from '../measures/measures.dto.js'
import { ANSWER_MIN_CHARS, APPEAL_ACTIONS, APPEAL_STATUSES, RATINGS, type AppealAction, type AppealStatus, type Rating } from './appeal-state.js'
import type { Complexity } from './appeal.entity.js'

const categoryCodes = catalogues.appealCategories.map((c) => c.code)
const bureauCodes = catalogues.bureaus.map((b) => b.code)
const measureIds = measures.map((m) => m.id)
const COMPLEXITIES = ['simple', 'complex'] as const

// ---- requests ---------------------------------------------------------------------------------

export class CreateAppealDto {
  @ApiProperty({ enum: categoryCodes, description: 'routing catalogue category' })
  @IsIn(categoryCodes, { message: 'categoryCode must be a category of the routing catalogue' })
  categoryCode!: string

  @TextField({ max: 200, required: true })
  title!: string

  @TextField({ max: 5000, required: true, multiline: true })
  description!: string

  @ApiPropertyOptional({ enum: measureIds, nullable: true, description: 'the measure asked about; its evaluation is attached as a snapshot' })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string | null

  @ApiPropertyOptional({ example: '2026-11-26', description: 'the date the enterprise evaluated the measure on (default: today)' })
  @IsOptional() @IsCalendarDate()
  asOf?: string

  @TextField({ max: 100, nullable: true, description: 'preferred contact person (default: the profile’s)' })
  contactName?: string | null

  @PhoneField({ nullable: true, description: 'preferred contact phone (default: the profile’s)' })
  contactPhone?: string | null
}

export class DispatchAppealDto {
  @ApiProperty({ enum: bureauCodes, description: '主办 bureau' })
  @IsIn(bureauCodes, { message: 'leadBureau must be a bureau of the catalogue' })
  leadBureau!: string

  @ApiProperty({ enum: bureauCodes, isArray: true, description: '协办 bureaus (may be empty)' })
  @IsArray() @ArrayMaxSize(10) @ArrayUnique() @IsIn(bureauCodes, { each: true, message: 'assistingBureaus must hold bureaus of the catalogue' })
  assistingBureaus!: string[]

  @ApiProperty({ enum: COMPLEXITIES })
  @IsIn(COMPLEXITIES, { message: 'complexity must be simple or complex' })
  complexity!: Complexity

  @TextField({ max: 1000, nullable: true, multiline: true, description: 'a note for the bureaus' })
  note?: string | null
}

export class ReasonDto {
  @TextField({ max: 1000, required: true, multiline: true })
  reason!: string
}

export class OptionalNoteDto {
  @TextField({ max: 1000, nullable: true, multiline: true })
  note?: string | null
}

export class BodyDto {
  @TextField({ max: 5000, required: true, multiline: true })
  body!: string
}

/** The lead's answer; while an assisting opinion is awaited it answers only by saying so, with a reason. */
export class RespondAppealDto {
  @TextField({ max: 5000, required: true, multiline: true, description: `the answer to the enterprise: at least ${ANSWER_MIN_CHARS} characters (400 ANSWER_TOO_SHORT)` })
  body!: string

  @ApiPropertyOptional({ description: 'answer without waiting for the assisting opinion still awaited (不等待协办意见; 409 ASSISTING_OPINION_AWAITED otherwise); the assisting bureau is told' })
  @IsOptional() @IsBoolean()
  skipAssistingOpinion?: boolean

  @TextField({ max: 500, nullable: true, multiline: true, description: 'why the lead does not wait (required with skipAssistingOpinion); on the timeline' })
  skipReason?: string | null
}

export class RateAppealDto {
  @ApiProperty({ description: 'was the problem solved (解决率)' })
  @IsBoolean()
  resolved!: boolean

  @ApiProperty({ enum: RATINGS, description: '满意 / 基本满意 / 不满意 (满意率); unsatisfied reopens the appeal' })
  @IsIn(RATINGS, { message: 'rating must be satisfied, basically_satisfied or unsatisfied' })
  rating!: Rating

  @TextField({ max: 1000, nullable: true, multiline: true, description: "the enterprise's reason: required with 不满意 (it reopens the appeal and is shown at the top of it), optional otherwise" })
  comment?: string | null
}

export class ExtensionRequestDto {
  @ApiProperty({ minimum: 1, maximum: 30, description: 'more working days asked for' })
  @IsInt() @Min(1) @Max(30)
  workingDays!: number

  @TextField({ max: 1000, required: true, multiline: true })
  reason!: string
}

export const APPEAL_SORTS = ['created_desc', 'created_asc', 'due_asc'] as const
export type AppealSort = (typeof APPEAL_SORTS)[number]

const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value)
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)

export class AppealListQueryDto {
  @ApiPropertyOptional({ description: 'comma-separated statuses', example: 'dispatched,in_progress' })
  @IsOptional() @Transform(csv) @IsArray() @ArrayMaxSize(6) @IsIn(APPEAL_STATUSES, { each: true, message: 'status must be appeal statuses' })
  status?: AppealStatus[]

  @ApiPropertyOptional({ enum: categoryCodes })
  @IsOptional() @IsIn(categoryCodes, { message: 'category must be a category of the routing catalogue' })
  category?: string

  @ApiPropertyOptional({ enum: bureauCodes, description: 'lead or assisting' })
  @IsOptional() @IsIn(bureauCodes, { message: 'bureau must be a bureau of the catalogue' })
  bureau?: string

  @ApiPropertyOptional({ enum: bureauCodes, description: 'lead bureau only (the 三率 drill-down)' })
  @IsOptional() @IsIn(bureauCodes, { message: 'lead must be a bureau of the catalogue' })
  lead?: string

  @ApiPropertyOptional({ enum: catalogues.districts.map((d) => d.code), description: "the enterprise's district when it asked" })
  @IsOptional() @IsIn(catalogues.districts.map((d) => d.code), { message: 'district must be a district code' })
  district?: string

  @ApiPropertyOptional({ example: '2026-06-01', description: 'dispatched on or after this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  dispatchedFrom?: string

  @ApiPropertyOptional({ example: '2026-11-30', description: 'dispatched on or before this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  dispatchedTo?: string

  @ApiPropertyOptional({ example: '2026-06-01', description: 'last rated on or after this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  ratedFrom?: string

  @ApiPropertyOptional({ example: '2026-11-30', description: 'last rated on or before this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  ratedTo?: string

  @ApiPropertyOptional({ description: 'went past a deadline at least once since its current dispatch (the 三率 overdue drill-down)' })
  @IsOptional() @Transform(bool) @IsBoolean()
  everOverdue?: boolean

  @ApiPropertyOptional({ enum: RATINGS, description: 'the latest rating' })
  @IsOptional() @IsIn(RATINGS)
  rating?: Rating

  @ApiPropertyOptional({ description: 'reopened at least once (a 不满意 rating)' })
  @IsOptional() @Transform(bool) @IsBoolean()
  reopened?: boolean

  @ApiPropertyOptional({ description: 'only the enterprise with this USCC' })
  @IsOptional() @Matches(/^[0-9A-Z]{18}$/, { message: 'enterprise must be a USCC' })
  enterprise?: string

  @ApiPropertyOptional({ description: 'past the accept or answer deadline' })
  @IsOptional() @Transform(bool) @IsBoolean()
  overdue?: boolean

  @ApiPropertyOptional({ description: '即将超期: a deadline today or within the deadline policy’s dueSoonDays next working days' })
  @IsOptional() @Transform(bool) @IsBoolean()
  dueSoon?: boolean

  @ApiPropertyOptional({ enum: ['lead', 'assisting'], description: "the caller's bureau's part: 主办 (lead) or 协办 (assisting); for bureau officers" })
  @IsOptional() @IsIn(['lead', 'assisting'])
  part?: 'lead' | 'assisting'

  @ApiPropertyOptional({ description: "待提供协办意见: dispatched or in progress, the caller's bureau assists and has given no opinion since the dispatch (true), or has (false)" })
  @IsOptional() @Transform(bool) @IsBoolean()
  awaitingOpinion?: boolean

  @ApiPropertyOptional({ description: 'an extension request waits for the coordinator' })
  @IsOptional() @Transform(bool) @IsBoolean()
  pendingExtension?: boolean

  @TextField({ max: 100, nullable: true, description: 'tracking number, title or enterprise name contains' })
  q?: string | null

  @ApiPropertyOptional({ description: 'only the appeals of the enterprises whose 服务管家 is the caller (我负责的企业; true) or only the others (false)' })
  @IsOptional() @Transform(bool) @IsBoolean()
  mine?: boolean

  @ApiPropertyOptional({
    default: true,
    description: "a coordinator's list puts the appeals of the enterprises they are the steward of first, each part in the chosen sort (the cursor carries the part); false: one list in the chosen sort. Without effect with `mine` or for other roles",
  })
  @IsOptional() @Transform(bool) @IsBoolean()
  mineFirst?: boolean

  @ApiPropertyOptional({ enum: APPEAL_SORTS, default: 'created_desc' })
  @IsOptional() @IsIn(APPEAL_SORTS)
  sort?: AppealSort

  @ApiPropertyOptional({ description: 'the nextCursor of the previous page (keyset paging)' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a cursor returned by the API' })
  cursor?: string

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number
}

/** The list's filters and sort, without paging, and the file format. */
export class AppealExportQueryDto extends OmitType(AppealListQueryDto, ['cursor', 'limit'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat
}

// ---- responses --------------------------------------------------------------------------------

export class ExtensionRequestViewDto {
  @ApiProperty() id!: string
  @ApiProperty() workingDays!: number
  @ApiProperty({ type: String, nullable: true, description: "the lead bureau's reason, for the bureaus and coordinators; null for the enterprise" }) reason!: string | null
  @ApiProperty({ enum: ['pending', 'approved', 'refused'] }) status!: 'pending' | 'approved' | 'refused'
  @ApiProperty() requestedBy!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) requestedByName!: string | null
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) decidedByName!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class AttachmentDto {
  @ApiProperty() id!: string
  @ApiProperty() fileName!: string
  @ApiProperty() contentType!: string
  @ApiProperty() size!: number
  @ApiProperty() uploadedBy!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) uploadedByName!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class SnapshotDto {
  @ApiProperty() asOf!: string
  @ApiProperty({ type: EvaluationDto }) evaluation!: EvaluationDto
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the facts the evaluation read' }) facts!: Record<string, string | number | boolean>
}

export class RoutingSuggestionDto {
  @ApiProperty() lead!: string
  @ApiProperty({ type: [String] }) assisting!: string[]
}

export class AppealSummaryDto {
  @ApiProperty() id!: string
  @ApiProperty({ description: "the enterprise's 服务管家 is the caller (我负责的企业)" }) mine!: boolean
  @ApiProperty({ example: 'SQ-2026-000123' }) number!: string
  @ApiProperty() enterpriseUscc!: string
  @ApiProperty() enterpriseName!: string
  @ApiProperty() categoryCode!: string
  @ApiProperty({ enum: ['appeal', 'application'], description: 'appeal (诉求) or application (申请: 确认享受 of a pushed measure, issue 23 §3)' }) kind!: 'appeal' | 'application'
  @ApiProperty({ enum: ['granted', 'more_info', 'refused'], nullable: true, description: "an application's answer: 予以兑现 / 需补充材料 / 不符合" }) outcome!: 'granted' | 'more_info' | 'refused' | null
  @ApiProperty() title!: string
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null
  @ApiProperty({ enum: APPEAL_STATUSES, enumName: 'AppealStatus' }) status!: AppealStatus
  @ApiProperty({ type: String, enum: COMPLEXITIES, nullable: true }) complexity!: Complexity | null
  @ApiProperty({ type: String, nullable: true }) leadBureau!: string | null
  @ApiProperty({ type: [String] }) assistingBureaus!: string[]
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'the deadline that applies now (accept, answer or rating)' }) dueAt!: string | null
  @ApiProperty({ description: 'past the deadline that applies now' }) overdue!: boolean
  @ApiProperty({ description: '即将超期: the deadline is today or within the deadline policy’s dueSoonDays next working days' }) dueSoon!: boolean
  @ApiProperty() pendingExtension!: boolean
  @ApiProperty() reopenCount!: number
  @ApiProperty({ format: 'date-time' }) createdAt!: string
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
}

export class AppealDto extends AppealSummaryDto {
  @ApiProperty() description!: string
  @ApiProperty({ type: SnapshotDto, nullable: true }) snapshot!: SnapshotDto | null
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dispatchedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptDueAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answerDueAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rateDueAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null
  @ApiProperty() returnCount!: number
  @ApiProperty({ type: Boolean, nullable: true }) resolved!: boolean | null
  @ApiProperty({ type: String, enum: RATINGS, nullable: true }) rating!: Rating | null
  @ApiProperty({ type: ExtensionRequestViewDto, nullable: true, description: 'the latest extension request' }) extension!: ExtensionRequestViewDto | null
  @ApiProperty({ type: [AttachmentDto] }) attachments!: AttachmentDto[]
  @ApiProperty({ type: () => RoutingSuggestionDto, nullable: true, description: 'where it should go: the measure’s bureaus, else the routing catalogue, with the district government when the category says so (for the dispatch dialog)' })
  suggestedRouting!: RoutingSuggestionDto | null
  @ApiProperty({ type: [String], description: 'assisting bureaus whose opinion is awaited (no opinion since the dispatch): the lead answers before them only with skipAssistingOpinion' })
  awaitingOpinionFrom!: string[]
  @ApiProperty({ type: String, nullable: true, description: "the enterprise's reason with its latest 不满意 / 未解决 rating that reopened the appeal (shown at the top while it is re-handled)" })
  reopenReason!: string | null
  @ApiProperty() version!: number
  @ApiProperty({ enum: APPEAL_ACTIONS, enumName: 'AppealAction', isArray: true, description: 'what the caller may do now (the API decides; apps only show)' })
  allowedActions!: AppealAction[]
}

/**
 * The list's filters that are not tabs (issue 19 §5): the counts follow them, so after a drill-down
 * from a 三率 figure the tabs and the total (共 N 条) count what the list shows.
 */
export class AppealCountsQueryDto extends PickType(AppealListQueryDto, [
  'category', 'bureau', 'lead', 'district', 'dispatchedFrom', 'dispatchedTo', 'ratedFrom', 'ratedTo', 'everOverdue', 'rating', 'reopened', 'enterprise', 'part', 'awaitingOpinion', 'q',
] as const) {}

export class AppealListDto {
  @ApiProperty({ type: [AppealSummaryDto] }) items!: AppealSummaryDto[]
  @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null
}

export class AppealCountsDto {
  @ApiProperty({ description: '待派单 (submitted)' }) submitted!: number
  @ApiProperty({ description: '待签收 (dispatched)' }) dispatched!: number
  @ApiProperty() inProgress!: number
  @ApiProperty() responded!: number
  @ApiProperty() closed!: number
  @ApiProperty() withdrawn!: number
  @ApiProperty({ description: '已超期' }) overdue!: number
  @ApiProperty({ description: '即将超期' }) dueSoon!: number
  @ApiProperty({ description: '待审批延期' }) pendingExtension!: number
  @ApiProperty({ description: "待签收 (主办): dispatched to the caller's bureau as lead" }) toAccept!: number
  @ApiProperty({ description: "待答复: the caller's bureau leads, accepted, not yet answered (in progress)" }) toAnswer!: number
  @ApiProperty({ description: "待提供协办意见: the caller's bureau assists and has given no opinion since the dispatch" }) awaitingOpinion!: number
  @ApiProperty({ description: '被退回重办: in progress again after a 不满意 / 未解决 rating' }) reopened!: number
  @ApiProperty({ description: "我负责的企业的诉求: open appeals (submitted, dispatched, in progress) of the enterprises whose steward is the caller" }) mine!: number
}

export class AppealEventDto {
  @ApiProperty() id!: string
  @ApiProperty({ format: 'date-time' }) at!: string
  @ApiProperty() actorUsername!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) actorName!: string | null
  @ApiProperty({ enum: ['owner', 'coordinator', 'lead', 'assisting', 'system'] }) party!: string
  @ApiProperty({ type: String, nullable: true }) actorBureau!: string | null
  @ApiProperty({ description: 'submit, attach, or an action' }) action!: string
  @ApiProperty({ type: String, enum: APPEAL_STATUSES, nullable: true }) fromStatus!: AppealStatus | null
  @ApiProperty({ enum: APPEAL_STATUSES }) toStatus!: AppealStatus
  @ApiProperty({ type: String, nullable: true, description: 'what was said; null when there is none or the caller may not read it (the dispatch note, a return or extension reason and the decision on it are for the bureaus and coordinators)' }) note!: string | null
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data!: Record<string, unknown> | null
}

