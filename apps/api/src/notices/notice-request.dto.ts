/** What the notices' routes take (the answers are in notice-response.dto.ts). */
import { applyDecorators } from '@nestjs/common'
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { Transform, Type } from 'class-transformer'
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator'
import { catalogues, MAX_YUAN, measures } from '@servicepack/policy-rules'
import { PhoneField, TextField } from '../common/fields.js'
import { ObjectList } from '../common/nested-fields.js'
import { MAX_NOTICE_BODY } from './notice-markdown.js'
import { NOTICE_KINDS, NOTICE_STATUSES, type NoticeKind, type NoticeStatus } from './notice-state.js'

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
