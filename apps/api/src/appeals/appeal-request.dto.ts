import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsArray, ArrayMaxSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator'
import { catalogues, measures } from '@servicepack/policy-rules'
import { IsCalendarDate } from '../common/date-fields.js'
import { PhoneField, TextField } from '../common/fields.js'
import { ANSWER_MIN_CHARS, RATINGS, type Rating } from './appeal-state.js'
import type { Complexity } from './appeal.entity.js'

/** The bodies of an appeal's intake and commands (the list's query: appeal-list-query.dto.ts; answers: appeal-response.dto.ts). */

const categoryCodes = catalogues.appealCategories.map((c) => c.code)
const bureauCodes = catalogues.bureaus.map((b) => b.code)
const measureIds = measures.map((m) => m.id)
export const COMPLEXITIES = ['simple', 'complex'] as const

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
