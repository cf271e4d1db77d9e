import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { Transform, Type } from 'class-transformer'
import { IsBoolean, IsEmail, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator'
import { factsSchema } from './facts-schema.js'

export class StewardDto {
  @ApiProperty({ description: '服务管家 name' }) name!: string
  @ApiProperty({ type: String, nullable: true }) phone!: string | null
  @ApiProperty({ type: String, nullable: true }) email!: string | null
  @ApiProperty({ type: String, nullable: true }) assignedBy!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) assignedAt!: string | null
}

export class EnterpriseDto {
  @ApiProperty({ description: '统一社会信用代码', example: '91310115MA1K4FTB1X' }) uscc!: string
  @ApiProperty() name!: string
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null
  @ApiProperty({ ...factsSchema(), description: 'Policy-rules facts; an absent fact is unknown' })
  facts!: Record<string, string | number | boolean>
  @ApiProperty({ description: '重点企业 (annual output ≥ 10亿元)' }) isKey!: boolean
  @ApiProperty({ type: StewardDto, nullable: true }) steward!: StewardDto | null
  @ApiProperty({ description: 'Optimistic-concurrency version; send it back with PUT' }) version!: number
  @ApiProperty({ format: 'date-time' }) createdAt!: string
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
}

const PHONE = /^[0-9+\-() ]{5,40}$/

export class UpdateEnterpriseDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional() @IsString() @MaxLength(100)
  contactName?: string | null

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @IsOptional() @IsString() @Matches(PHONE, { message: 'contactPhone must be a phone number (digits, +, -, spaces)' })
  contactPhone?: string | null

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional() @IsEmail({}, { message: 'contactEmail must be an email address' }) @MaxLength(200)
  contactEmail?: string | null

  @ApiPropertyOptional({ ...factsSchema(), description: 'Partial: only the facts given change; null makes a fact unknown again' })
  @IsOptional() @IsObject()
  facts?: Record<string, unknown>

  @ApiPropertyOptional({ description: 'The version read; a stale version is refused with 409 so no edit is lost silently' })
  @IsOptional() @IsInt() @Min(1)
  version?: number
}

export class AmountRangeDto {
  @ApiProperty({ description: 'integer yuan' }) min!: number
  @ApiProperty({ description: 'integer yuan' }) max!: number
}

export class TraceStepDto {
  @ApiProperty() fact!: string
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true }) value!: string | number | boolean | null
  @ApiProperty() test!: string
  @ApiProperty({ enum: ['met', 'not-met', 'unknown'] }) result!: 'met' | 'not-met' | 'unknown'
  @ApiPropertyOptional({ type: Boolean, description: 'true on the steps of alternatives (anyOf): one met is enough' }) alternative?: boolean
}

export class ReferenceDto {
  @ApiProperty({ example: '沪府办规〔2025〕20号' }) document!: string
  @ApiProperty({ example: '(四)' }) clause!: string
}

export class EvaluationDto {
  @ApiProperty() measureId!: string
  @ApiProperty({
    enum: ['eligible', 'ineligible', 'unknown', 'announced'],
    description: 'announced: the text announces the support but its rules are pending; never eligible, never counted',
  })
  status!: 'eligible' | 'ineligible' | 'unknown' | 'announced'
  @ApiProperty({ type: AmountRangeDto, nullable: true, description: "the enterprise's own money" }) amount!: AmountRangeDto | null
  @ApiProperty({ type: AmountRangeDto, nullable: true, description: "money for each selected person (talent award), not the enterprise's; never in total" })
  amountPerPerson!: AmountRangeDto | null
  @ApiProperty({ type: [String] }) missing!: string[]
  @ApiProperty({ type: [String] }) reasons!: string[]
  @ApiPropertyOptional({ type: [String], description: 'English reasons' }) reasonsEn?: string[]
  @ApiProperty({ type: [TraceStepDto] }) trace!: TraceStepDto[]
  @ApiProperty({ type: ReferenceDto }) reference!: ReferenceDto
  @ApiProperty({ type: [String] }) bureaus!: string[]
}

export class PackageDto {
  @ApiProperty() uscc!: string
  @ApiProperty({ example: '2026-11-26' }) asOf!: string
  @ApiProperty({ type: [EvaluationDto], description: 'eligible with amount, eligible, unknown, then the rest' })
  evaluations!: EvaluationDto[]
  @ApiProperty({ type: AmountRangeDto, description: "sum of the eligible measures' enterprise amounts (per-person and announced money excluded)" }) total!: AmountRangeDto
  @ApiProperty({ type: StewardDto, nullable: true }) steward!: StewardDto | null
}

export class PackageQueryDto {
  @ApiPropertyOptional({ example: '2026-11-26', description: 'default: today in Asia/Shanghai' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string
}

export class FieldChangeDto {
  @ApiProperty() field!: string
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }) from!: unknown
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }) to!: unknown
}

export class ChangeDto {
  @ApiProperty() id!: string
  @ApiProperty({ format: 'date-time' }) at!: string
  @ApiProperty() actorUsername!: string
  @ApiProperty({ type: [FieldChangeDto] }) changes!: FieldChangeDto[]
}

export class EnterpriseListQueryDto {
  @ApiPropertyOptional({ description: 'name or USCC contains' })
  @IsOptional() @IsString() @MaxLength(100)
  q?: string

  @ApiPropertyOptional({ description: 'only 重点企业 (true) or only the others (false)' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  key?: boolean

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) industry?: string
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) district?: string

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  page?: number

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize?: number
}

export class EnterpriseSummaryDto {
  @ApiProperty() uscc!: string
  @ApiProperty() name!: string
  @ApiProperty() isKey!: boolean
  @ApiProperty({ type: String, nullable: true }) industry!: string | null
  @ApiProperty({ type: String, nullable: true }) district!: string | null
  @ApiProperty({ type: Number, nullable: true, description: 'yuan' }) annualOutputValue!: number | null
  @ApiProperty({ type: String, nullable: true }) stewardName!: string | null
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
}

export class EnterpriseListDto {
  @ApiProperty({ type: [EnterpriseSummaryDto] }) items!: EnterpriseSummaryDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}

export class AssignStewardDto {
  @ApiProperty({ maxLength: 100 }) @IsString() @MinLength(1) @MaxLength(100) name!: string
  @ApiProperty({ maxLength: 40 }) @IsString() @Matches(PHONE, { message: 'phone must be a phone number (digits, +, -, spaces)' }) phone!: string
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsEmail() @MaxLength(200) email?: string
}

