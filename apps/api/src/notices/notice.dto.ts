import { applyDecorators } from '@nestjs/common'
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { Transform, Type } from 'class-transformer'
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator'
import { catalogues, MAX_YUAN, measures } from '@servicepack/policy-rules'
import { PhoneField, TextField } from '../common/fields.js'
import { ObjectList } from '../common/nested-fields.js'
import { MAX_NOTICE_BODY } from './notice-markdown.js'
import { NOTICE_ACTIONS, NOTICE_KINDS, NOTICE_STATUSES, REGISTRATION_STATUSES, type NoticeAction, type NoticeKind, type NoticeStatus, type RegistrationStatus } from './notice-state.js'

const industryCodes = catalogues.industries.map((i) => i.code)
const districtCodes = catalogues.districts.map((d) => d.code)
const measureIds = measures.map((m) => m.id)
/** An instant with its offset, e.g. 2026-12-15T09:00:00+08:00 (a valid date, and never the server's local time). */
const IsInstant = (field: string) =>
  applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be an ISO 8601 instant` }),
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { message: `${field} must be an instant with its offset, e.g. 2026-12-15T09:00:00+08:00` }),
  )
const URL_PATTERN = /^https?:\/\/[^\s<>"'`\\]{1,490}$/

// ---- requests ---------------------------------------------------------------------------------

/** Who a notice is for: every criterion given must hold; none given is every enterprise. */
export class AudienceDto {
  @ApiPropertyOptional({ enum: industryCodes, isArray: true, description: 'any of these industries (empty: any)' })
  @IsOptional() @IsArray() @ArrayMaxSize(industryCodes.length) @ArrayUnique() @IsIn(industryCodes, { each: true, message: 'industries must hold industry codes' })
  industries?: string[]

  @ApiPropertyOptional({ enum: districtCodes, isArray: true, description: 'any of these districts (empty: any)' })
  @IsOptional() @IsArray() @ArrayMaxSize(districtCodes.length) @ArrayUnique() @IsIn(districtCodes, { each: true, message: 'districts must hold district codes' })
  districts?: string[]

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: '重点企业 only (true), none of them (false), either (null)' })
  @IsOptional() @IsBoolean()
  keyEnterprise?: boolean | null

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'annual output value at least (yuan)' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_YUAN)
  outputValueMin?: number | null

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'annual output value at most (yuan)' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_YUAN)
  outputValueMax?: number | null

  @ApiPropertyOptional({ enum: measureIds, nullable: true, description: 'enterprises for which this measure is eligible or unknown on the notice’s date' })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string | null
}

/** May be omitted; when present it may not be null (a partial update names only what changes). */
const Omittable = () => ValidateIf((_, value) => value !== undefined)

export class CreateNoticeDto {
  @TextField({ max: 200, required: true })
  title!: string

  @TextField({ max: MAX_NOTICE_BODY, required: true, multiline: true, description: 'Markdown; raw HTML is shown as text, links only http(s)/mailto' })
  body!: string

  @ApiProperty({ enum: NOTICE_KINDS, description: '培训 training / 宣讲 briefing / 政策解读 policy_interpretation' })
  @IsIn(NOTICE_KINDS, { message: 'kind must be training, briefing or policy_interpretation' })
  kind!: NoticeKind

  @ApiProperty({ example: '2026-12-15T09:00:00+08:00', description: 'an instant with its offset (Asia/Shanghai in the apps)' })
  @IsInstant('startsAt')
  startsAt!: string

  @ApiProperty({ example: '2026-12-15T12:00:00+08:00' })
  @IsInstant('endsAt')
  endsAt!: string

  @TextField({ max: 200, nullable: true, description: 'venue (a venue or an online link, or both)' })
  venue?: string | null

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'https://meeting.example.org/j/123' })
  @IsOptional() @ValidateIf((_, value) => value !== '') @Matches(URL_PATTERN, { message: 'onlineUrl must be an http(s) URL' })
  onlineUrl?: string | null

  @ApiProperty({ minimum: 1, maximum: 100000, description: 'seats (attendees)' })
  @IsInt() @Min(1) @Max(100_000)
  capacity!: number

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 5, description: 'attendees one registration may bring' })
  @IsOptional() @IsInt() @Min(1) @Max(50)
  attendeeLimit?: number

  @ApiProperty({ example: '2026-12-14T18:00:00+08:00', description: 'registration (and withdrawal) closes; not after the start' })
  @IsInstant('registrationDeadline')
  registrationDeadline!: string

  @ApiPropertyOptional({ enum: measureIds, isArray: true, description: 'the measures it is about (shown beside them in the package)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsIn(measureIds, { each: true, message: 'measureIds must hold measures of the catalogue' })
  measureIds?: string[]

  @ApiPropertyOptional({ type: AudienceDto })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AudienceDto)
  audience?: AudienceDto
}

/** A partial change; on a published notice a change of audience or time notifies the registrants. */
export class UpdateNoticeDto {
  @TextField({ max: 200 })
  title?: string

  @TextField({ max: MAX_NOTICE_BODY, multiline: true })
  body?: string

  @ApiPropertyOptional({ enum: NOTICE_KINDS })
  @Omittable() @IsIn(NOTICE_KINDS, { message: 'kind must be training, briefing or policy_interpretation' })
  kind?: NoticeKind

  @ApiPropertyOptional({ example: '2026-12-15T09:00:00+08:00' })
  @Omittable() @IsInstant('startsAt')
  startsAt?: string

  @ApiPropertyOptional({ example: '2026-12-15T12:00:00+08:00' })
  @Omittable() @IsInstant('endsAt')
  endsAt?: string

  @TextField({ max: 200, nullable: true })
  venue?: string | null

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional() @ValidateIf((_, value) => value !== '') @Matches(URL_PATTERN, { message: 'onlineUrl must be an http(s) URL' })
  onlineUrl?: string | null

  @ApiPropertyOptional({ minimum: 1, maximum: 100000 })
  @Omittable() @IsInt() @Min(1) @Max(100_000)
  capacity?: number

  @ApiPropertyOptional({ minimum: 1, maximum: 50 })
  @Omittable() @IsInt() @Min(1) @Max(50)
  attendeeLimit?: number

  @ApiPropertyOptional({ example: '2026-12-14T18:00:00+08:00' })
  @Omittable() @IsInstant('registrationDeadline')
  registrationDeadline?: string

  @ApiPropertyOptional({ enum: measureIds, isArray: true })
  @Omittable() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsIn(measureIds, { each: true, message: 'measureIds must hold measures of the catalogue' })
  measureIds?: string[]

  @ApiPropertyOptional({ type: AudienceDto })
  @Omittable() @IsObject() @ValidateNested() @Type(() => AudienceDto)
  audience?: AudienceDto
}

export class CancelNoticeDto {
  @TextField({ max: 1000, nullable: true, multiline: true, description: 'told to the registrants' })
  reason?: string | null
}

export class RenderMarkdownDto {
  @TextField({ max: MAX_NOTICE_BODY, required: true, multiline: true })
  body!: string
}

export class AudiencePreviewRequestDto {
  @ApiProperty({ type: AudienceDto })
  @IsObject() @ValidateNested() @Type(() => AudienceDto)
  audience!: AudienceDto

  @ApiPropertyOptional({ example: '2026-12-15T09:00:00+08:00', description: 'the notice’s start: the measure criterion is evaluated on its date (default: today)' })
  @IsOptional() @IsInstant('startsAt')
  startsAt?: string
}

export class RegisterDto {
  @TextField({ max: 100, required: true, description: 'contact person' })
  contactName!: string

  @PhoneField({ required: true })
  contactPhone!: string

  @ApiProperty({ minimum: 1, maximum: 50, description: 'attendees (at most the notice’s attendeeLimit)' })
  @IsInt() @Min(1) @Max(50)
  attendees!: number
}

export class AttendanceMarkDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: 'registrationId must be a registration id' })
  registrationId!: string

  @ApiProperty({ type: Boolean, nullable: true, description: 'attended (true), did not (false), unmark (null)' })
  @IsOptional() @IsBoolean()
  attended!: boolean | null
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendanceMarkDto] })
  @ObjectList(() => AttendanceMarkDto) @ArrayMaxSize(1000)
  marks!: AttendanceMarkDto[]
}

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)

export class NoticeListQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_STATUSES })
  @IsOptional() @IsIn(NOTICE_STATUSES)
  status?: NoticeStatus

  @ApiPropertyOptional({ enum: measureIds, description: 'only notices linked to this measure' })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string

  @ApiPropertyOptional({ description: 'not yet ended (true) or ended (false)' })
  @IsOptional() @Transform(bool) @IsBoolean()
  upcoming?: boolean

  @ApiPropertyOptional({ description: 'an enterprise: only those it registered for (我的报名)' })
  @IsOptional() @Transform(bool) @IsBoolean()
  registered?: boolean

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 1000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  page?: number

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize?: number
}

// ---- responses --------------------------------------------------------------------------------

export class AudienceViewDto {
  @ApiProperty({ type: [String] }) industries!: string[]
  @ApiProperty({ type: [String] }) districts!: string[]
  @ApiProperty({ type: Boolean, nullable: true }) keyEnterprise!: boolean | null
  @ApiProperty({ type: Number, nullable: true }) outputValueMin!: number | null
  @ApiProperty({ type: Number, nullable: true }) outputValueMax!: number | null
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null
}

export class MyRegistrationDto {
  @ApiProperty() id!: string
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status!: RegistrationStatus
  @ApiProperty() contactName!: string
  @ApiProperty() contactPhone!: string
  @ApiProperty() attendees!: number
  @ApiProperty({ type: Number, nullable: true, description: 'place in the waitlist (1 = next), while waitlisted' }) waitlistPosition!: number | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class NoticeSummaryDto {
  @ApiProperty() id!: string
  @ApiProperty() association!: string
  @ApiProperty({ description: 'the association’s name (catalogue)' }) associationName!: string
  @ApiProperty() title!: string
  @ApiProperty({ enum: NOTICE_KINDS, enumName: 'NoticeKind' }) kind!: NoticeKind
  @ApiProperty({ enum: NOTICE_STATUSES, enumName: 'NoticeStatus' }) status!: NoticeStatus
  @ApiProperty({ format: 'date-time' }) startsAt!: string
  @ApiProperty({ format: 'date-time' }) endsAt!: string
  @ApiProperty({ format: 'date-time' }) registrationDeadline!: string
  @ApiProperty({ type: String, nullable: true }) venue!: string | null
  @ApiProperty({ type: String, nullable: true }) onlineUrl!: string | null
  @ApiProperty() capacity!: number
  @ApiProperty() attendeeLimit!: number
  @ApiProperty({ description: 'attendees registered (not waitlisted)' }) seatsTaken!: number
  @ApiProperty({ type: [String] }) measureIds!: string[]
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null
  @ApiProperty({ type: MyRegistrationDto, nullable: true, description: 'the caller’s enterprise’s live registration (enterprise users)' }) myRegistration!: MyRegistrationDto | null
}

export class NoticeDto extends NoticeSummaryDto {
  @ApiProperty({ description: 'Markdown as written (the owner edits it)' }) body!: string
  @ApiProperty({ description: 'the body rendered by the API: no raw HTML, no script, links http(s)/mailto with rel="noopener noreferrer"' }) bodyHtml!: string
  @ApiProperty({ type: AudienceViewDto }) audience!: AudienceViewDto
  @ApiProperty({ description: 'registrations waiting for a seat' }) waitlisted!: number
  @ApiProperty({ description: 'enterprises the audience matched when published (0 for a draft)' }) targetedCount!: number
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null
  @ApiProperty() version!: number
  @ApiProperty({ enum: NOTICE_ACTIONS, enumName: 'NoticeAction', isArray: true, description: 'what the caller may do now (the API decides; apps only show)' })
  allowedActions!: NoticeAction[]
}

export class NoticeListDto {
  @ApiProperty({ type: [NoticeSummaryDto] }) items!: NoticeSummaryDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}

export class NoticeCountsDto {
  @ApiProperty() draft!: number
  @ApiProperty() published!: number
  @ApiProperty({ description: 'published and not yet ended' }) upcoming!: number
  @ApiProperty() cancelled!: number
  @ApiProperty({ description: 'registered (not waitlisted) enterprises across these notices' }) registrations!: number
  @ApiProperty() waitlisted!: number
}

export class AudienceSampleDto {
  @ApiProperty() uscc!: string
  @ApiProperty() name!: string
  @ApiProperty({ type: String, nullable: true }) industry!: string | null
  @ApiProperty({ type: String, nullable: true }) district!: string | null
  @ApiProperty() isKey!: boolean
}

export class IndustryCountDto {
  @ApiProperty({ type: String, nullable: true, description: 'industry code; null for enterprises that have not given one' }) industry!: string | null
  @ApiProperty() count!: number
}

export class OutsideIndustriesDto {
  @ApiProperty({ description: 'the association whose industries are compared (the notice’s, or the caller’s)' }) association!: string
  @ApiProperty({ type: [String], description: 'the industries it speaks for (catalogue)' }) ownIndustries!: string[]
  @ApiProperty({ description: 'enterprises of the audience outside those industries' }) count!: number
  @ApiProperty({ type: [IndustryCountDto], description: 'by industry, most first' }) byIndustry!: IndustryCountDto[]
}

export class AudiencePreviewDto {
  @ApiProperty({ description: 'enterprises the audience reaches' }) count!: number
  @ApiProperty({ type: OutsideIndustriesDto, nullable: true, description: 'how many of them lie outside the association’s own industries, by industry (null without an association: a coordinator’s or admin’s draft preview)' })
  outside!: OutsideIndustriesDto | null
  @ApiProperty({ type: [AudienceSampleDto], description: 'up to 10 of them (key enterprises first)' }) sample!: AudienceSampleDto[]
  @ApiProperty({ description: 'the date the measure criterion was evaluated on' }) asOf!: string
  @ApiProperty({ description: 'milliseconds the API spent' }) tookMs!: number
}

export class RenderedMarkdownDto {
  @ApiProperty() html!: string
}

export class RegistrationResultDto {
  @ApiProperty({ enum: ['registered', 'waitlisted'] }) status!: 'registered' | 'waitlisted'
  @ApiProperty({ type: MyRegistrationDto }) registration!: MyRegistrationDto
  @ApiProperty({ type: NoticeDto }) notice!: NoticeDto
}

export class RegistrationDto {
  @ApiProperty() id!: string
  @ApiProperty() enterpriseUscc!: string
  @ApiProperty() enterpriseName!: string
  @ApiProperty() contactName!: string
  @ApiProperty() contactPhone!: string
  @ApiProperty() attendees!: number
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status!: RegistrationStatus
  @ApiProperty({ type: Number, nullable: true }) waitlistPosition!: number | null
  @ApiProperty({ type: Boolean, nullable: true }) attended!: boolean | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) promotedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class RegistrationListDto {
  @ApiProperty({ type: [RegistrationDto], description: 'registered first, then the waitlist in order, then withdrawn' }) items!: RegistrationDto[]
  @ApiProperty() registered!: number
  @ApiProperty() waitlisted!: number
  @ApiProperty() seatsTaken!: number
  @ApiProperty() capacity!: number
}

export class FunnelDto {
  @ApiProperty({ description: 'enterprises the audience matches' }) targeted!: number
  @ApiProperty({ description: 'of them, told in-app (and by e-mail when configured)' }) reached!: number
  @ApiProperty({ description: 'of them, opened the notice' }) opened!: number
  @ApiProperty({ description: 'registered (a seat, not the waitlist)' }) registered!: number
  @ApiProperty({ description: 'attended (marked by the association)' }) attended!: number
}

export class MeasureCoverageDto {
  @ApiProperty() measureId!: string
  @ApiProperty({ description: 'published notices linked to the measure' }) notices!: number
  @ApiProperty({ type: FunnelDto, description: 'targeted: enterprises the measure concerns today (eligible or unknown); the rest: of those, reached/opened/registered/attended through any of its notices' })
  funnel!: FunnelDto
}

export class NoticeCoverageDto {
  @ApiProperty() noticeId!: string
  @ApiProperty({ type: FunnelDto }) funnel!: FunnelDto
  @ApiProperty({ type: [MeasureCoverageDto], description: 'its linked measures across all notices (coordinators and admins; empty for others)' }) measures!: MeasureCoverageDto[]
}

export class MeasureCoverageListDto {
  @ApiProperty({ type: [MeasureCoverageDto] }) items!: MeasureCoverageDto[]
  @ApiProperty() asOf!: string
}
