import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsObject, IsOptional } from 'class-validator'
import { IsCalendarDate } from '../common/date-fields.js'
import { factsSchema } from './facts-schema.js'

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

const asOfDoc = { example: '2026-11-26', description: 'default: today in Asia/Shanghai' }

/** `?asOf=YYYY-MM-DD`, a real calendar date. */
export class AsOfQueryDto {
  @ApiPropertyOptional(asOfDoc)
  @IsOptional() @IsCalendarDate()
  asOf?: string
}

export class EvaluateRequestDto {
  @ApiProperty({ ...factsSchema(), description: 'Facts typed by a visitor; nothing is stored' })
  @IsObject()
  facts!: Record<string, unknown>

  @ApiPropertyOptional(asOfDoc)
  @IsOptional() @IsCalendarDate()
  asOf?: string
}

export class EvaluateResponseDto {
  @ApiProperty() asOf!: string
  @ApiProperty({ type: [EvaluationDto], description: 'eligible with amount, eligible, unknown, then the rest' })
  evaluations!: EvaluationDto[]
  @ApiProperty({ type: AmountRangeDto, description: "sum of the eligible measures' enterprise amounts (per-person and announced money excluded)" }) total!: AmountRangeDto
}
