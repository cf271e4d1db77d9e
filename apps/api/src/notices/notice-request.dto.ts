/** What the notices' routes take (the answers are in notice-response.dto.ts); the rules of each field are in notice-request-fields.ts. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator'
import { catalogues, MAX_YUAN } from '@servicepack/policy-rules'
import { PhoneField, TextField } from '../common/fields.js'
import { ObjectList } from '../common/nested-fields.js'
import { MAX_NOTICE_BODY } from './notice-markdown.js'
import { PageField, QueryFlag } from '../common/query-fields.js'
import { CountField, InstantField, KindField, measureIds, MeasureIdsField, NestedField, OnlineUrlField } from './notice-request-fields.js'
import { NOTICE_STATUSES, type NoticeKind, type NoticeStatus } from './notice-state.js'

const industryCodes = catalogues.industries.map((i) => i.code)
const districtCodes = catalogues.districts.map((d) => d.code)

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

export class CreateNoticeDto {
  @TextField({ max: 200, required: true })
  title!: string

  @TextField({ max: MAX_NOTICE_BODY, required: true, multiline: true, description: 'Markdown; raw HTML is shown as text, links only http(s)/mailto' })
  body!: string

  @KindField('required', { description: '培训 training / 宣讲 briefing / 政策解读 policy_interpretation' })
  kind!: NoticeKind

  @InstantField('startsAt', 'required', { example: '2026-12-15T09:00:00+08:00', description: 'an instant with its offset (Asia/Shanghai in the apps)' })
  startsAt!: string

  @InstantField('endsAt', 'required', { example: '2026-12-15T12:00:00+08:00' })
  endsAt!: string

  @TextField({ max: 200, nullable: true, description: 'venue (a venue or an online link, or both)' })
  venue?: string | null

  @OnlineUrlField({ example: 'https://meeting.example.org/j/123' })
  onlineUrl?: string | null

  @CountField(1, 100_000, 'required', { description: 'seats (attendees)' })
  capacity!: number

  @CountField(1, 50, 'optional', { default: 5, description: 'attendees one registration may bring' })
  attendeeLimit?: number

  @InstantField('registrationDeadline', 'required', { example: '2026-12-14T18:00:00+08:00', description: 'registration (and withdrawal) closes; not after the start' })
  registrationDeadline!: string

  @MeasureIdsField('optional', { description: 'the measures it is about (shown beside them in the package)' })
  measureIds?: string[]

  @NestedField(() => AudienceDto, 'optional')
  audience?: AudienceDto
}

/** A partial change; on a published notice a change of audience or time notifies the registrants. */
export class UpdateNoticeDto {
  @TextField({ max: 200 })
  title?: string

  @TextField({ max: MAX_NOTICE_BODY, multiline: true })
  body?: string

  @KindField('omittable', {})
  kind?: NoticeKind

  @InstantField('startsAt', 'omittable', { example: '2026-12-15T09:00:00+08:00' })
  startsAt?: string

  @InstantField('endsAt', 'omittable', { example: '2026-12-15T12:00:00+08:00' })
  endsAt?: string

  @TextField({ max: 200, nullable: true })
  venue?: string | null

  @OnlineUrlField({})
  onlineUrl?: string | null

  @CountField(1, 100_000, 'omittable', {})
  capacity?: number

  @CountField(1, 50, 'omittable', {})
  attendeeLimit?: number

  @InstantField('registrationDeadline', 'omittable', { example: '2026-12-14T18:00:00+08:00' })
  registrationDeadline?: string

  @MeasureIdsField('omittable', {})
  measureIds?: string[]

  @NestedField(() => AudienceDto, 'omittable')
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
  @NestedField(() => AudienceDto, 'required')
  audience!: AudienceDto

  @InstantField('startsAt', 'optional', { example: '2026-12-15T09:00:00+08:00', description: 'the notice’s start: the measure criterion is evaluated on its date (default: today)' })
  startsAt?: string
}

export class RegisterDto {
  @TextField({ max: 100, required: true, description: 'contact person' })
  contactName!: string

  @PhoneField({ required: true })
  contactPhone!: string

  @CountField(1, 50, 'required', { description: 'attendees (at most the notice’s attendeeLimit)' })
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

export class NoticeListQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_STATUSES })
  @IsOptional() @IsIn(NOTICE_STATUSES)
  status?: NoticeStatus

  @ApiPropertyOptional({ enum: measureIds, description: 'only notices linked to this measure' })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string

  @QueryFlag('not yet ended (true) or ended (false)')
  upcoming?: boolean

  @QueryFlag('an enterprise: only those it registered for (我的报名)')
  registered?: boolean

  @PageField(1000, 1)
  page?: number

  @PageField(100, 20)
  pageSize?: number
}
