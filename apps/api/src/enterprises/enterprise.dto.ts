import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { Transform, Type } from 'class-transformer'
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateIf } from 'class-validator'
import { catalogues } from '@servicepack/policy-rules'
import { EmailField, PhoneField, TextField } from '../common/fields.js'
import { factsSchema } from '../measures/facts-schema.js'
import { AmountRangeDto, EvaluationDto } from '../measures/measures.dto.js'
import { ENTERPRISE_ACTIONS, type EnterpriseAction } from './enterprise-access.js'

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
  @ApiProperty({ enum: ENTERPRISE_ACTIONS, enumName: 'EnterpriseAction', isArray: true, description: 'what the caller may do with this enterprise (the API decides; apps only show)' })
  allowedActions!: EnterpriseAction[]
}

export class UpdateEnterpriseDto {
  @TextField({ max: 200, description: 'may not be blank' })
  name?: string

  @TextField({ max: 100, nullable: true, description: 'blank or null clears it' })
  contactName?: string | null

  @PhoneField({ nullable: true, description: 'blank or null clears it' })
  contactPhone?: string | null

  @EmailField({ nullable: true, description: 'blank or null clears it' })
  contactEmail?: string | null

  @ApiPropertyOptional({ ...factsSchema(), description: 'Partial: only the facts given change; null makes a fact unknown again' })
  @ValidateIf((_, value) => value !== undefined) @IsObject({ message: 'facts must be an object of facts' })
  facts?: Record<string, unknown>

  @ApiPropertyOptional({ description: 'The version read; a stale version is refused with 409 so no edit is lost silently' })
  @IsOptional() @IsInt() @Min(1) @Max(2_147_483_647)
  version?: number
}

export class PackageDto {
  @ApiProperty() uscc!: string
  @ApiProperty({ example: '2026-11-26' }) asOf!: string
  @ApiProperty({ type: [EvaluationDto], description: 'eligible with amount, eligible, unknown, then the rest' })
  evaluations!: EvaluationDto[]
  @ApiProperty({ type: AmountRangeDto, description: "sum of the eligible measures' enterprise amounts (per-person and announced money excluded)" }) total!: AmountRangeDto
  @ApiProperty({ type: StewardDto, nullable: true }) steward!: StewardDto | null
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

const codes = (list: readonly { code: string }[]) => list.map((i) => i.code)

export class EnterpriseListQueryDto {
  @TextField({ max: 100, nullable: true, description: 'name or USCC contains' })
  q?: string | null

  @ApiPropertyOptional({ description: 'only 重点企业 (true) or only the others (false)' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  key?: boolean

  @ApiPropertyOptional({ enum: codes(catalogues.industries) })
  @IsOptional() @IsIn(codes(catalogues.industries), { message: 'industry must be an industry code of the catalogue' })
  industry?: string

  @ApiPropertyOptional({ enum: codes(catalogues.districts) })
  @IsOptional() @IsIn(codes(catalogues.districts), { message: 'district must be a district code of the catalogue' })
  district?: string

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 100000 })
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
  @TextField({ max: 100, required: true, description: '服务管家 name' })
  name!: string

  @PhoneField({ required: true })
  phone!: string

  @EmailField({ nullable: true })
  email?: string | null

  @ApiProperty({ description: "The enterprise's version read; a stale version is refused with 409 PROFILE_VERSION_CONFLICT" })
  @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number
}
