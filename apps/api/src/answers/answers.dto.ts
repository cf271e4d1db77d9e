import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsIn, IsOptional, IsUUID } from 'class-validator'
import { catalogues, measures } from '@servicepack/policy-rules'
import { TextField } from '../common/fields.js'
import { ANSWER_STATUSES, type AnswerStatus } from './answer-state.js'
import { PageField } from '../common/query-fields.js'

const categoryCodes = catalogues.appealCategories.map((c) => c.code)
const bureauCodes = catalogues.bureaus.map((b) => b.code)
const measureIds = measures.map((m) => m.id)

// ---- requests ---------------------------------------------------------------------------------

export class AnswerListQueryDto {
  @TextField({ max: 200, nullable: true, description: 'words to search for (Chinese full text; typos and synonyms tolerated)' })
  q?: string | null

  @ApiPropertyOptional({ enum: measureIds })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string

  @ApiPropertyOptional({ enum: categoryCodes })
  @IsOptional() @IsIn(categoryCodes, { message: 'category must be a category of the routing catalogue' })
  category?: string

  @ApiPropertyOptional({ enum: bureauCodes, description: 'the answering bureau' })
  @IsOptional() @IsIn(bureauCodes, { message: 'bureau must be a bureau of the catalogue' })
  bureau?: string

  @PageField(500, 1)
  page?: number

  @PageField(50, 10)
  pageSize?: number
}

export class AnswerReviewQueryDto {
  @ApiPropertyOptional({ enum: ANSWER_STATUSES, default: 'proposed' })
  @IsOptional() @IsIn(ANSWER_STATUSES, { message: 'status must be an answer status' })
  status?: AnswerStatus
}

export class AnswerDraftDto {
  @TextField({ max: 300, required: true, description: 'the public question: no enterprise name, USCC, person or phone (400 ANSWER_IDENTIFIES_ENTERPRISE)' })
  question!: string

  @TextField({ max: 5000, required: true, multiline: true, description: 'the public answer' })
  answer!: string

  @ApiPropertyOptional({ enum: measureIds, type: String, nullable: true })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string | null

  @ApiProperty({ enum: categoryCodes })
  @IsIn(categoryCodes, { message: 'categoryCode must be a category of the routing catalogue' })
  categoryCode!: string
}

export class ProposeAnswerDto extends AnswerDraftDto {
  @ApiProperty({ format: 'uuid', description: 'the appeal the bureau answered (its lead)' })
  @IsUUID('all', { message: 'appealId must be a UUID' })
  appealId!: string
}

export class ApproveAnswerDto {
  @TextField({ max: 300, nullable: true, description: "the coordinator's edit of the question (default: as proposed)" })
  question?: string | null

  @TextField({ max: 5000, nullable: true, multiline: true, description: "the coordinator's edit of the answer" })
  answer?: string | null

  @ApiPropertyOptional({ enum: measureIds, type: String, nullable: true })
  @IsOptional() @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId?: string | null

  @ApiPropertyOptional({ enum: categoryCodes })
  @IsOptional() @IsIn(categoryCodes, { message: 'categoryCode must be a category of the routing catalogue' })
  categoryCode?: string
}

export class AnswerNoteDto {
  @TextField({ max: 1000, required: true, multiline: true, description: 'why (declined, withdrawn, superseded)' })
  note!: string
}

export class SupersedeAnswerDto extends AnswerDraftDto {
  @TextField({ max: 1000, required: true, multiline: true, description: 'why the newer answer replaces this one' })
  note!: string
}

export const SUGGESTION_EVENTS = ['opened', 'left', 'submitted'] as const

export class SuggestionEventDto {
  @ApiProperty({ format: 'uuid', description: 'the intake form session (one per form opened)' })
  @IsUUID('all', { message: 'session must be a UUID' })
  session!: string

  @ApiProperty({ enum: SUGGESTION_EVENTS, description: 'opened a suggested answer; left the form; submitted the appeal' })
  @IsIn(SUGGESTION_EVENTS, { message: 'event must be opened, left or submitted' })
  event!: (typeof SUGGESTION_EVENTS)[number]

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the answer opened (event opened)' })
  @IsOptional() @IsUUID('all', { message: 'answerId must be a UUID' })
  answerId?: string | null

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the appeal submitted (event submitted)' })
  @IsOptional() @IsUUID('all', { message: 'appealId must be a UUID' })
  appealId?: string | null
}

// ---- responses --------------------------------------------------------------------------------

export class AnswerCitationDto {
  @ApiProperty({ example: '沪府办规〔2025〕20号 (六)' }) text!: string
  @ApiProperty({ description: "the measure's name" }) measureName!: string
}

export class AnswerDto {
  @ApiProperty() id!: string
  @ApiProperty() question!: string
  @ApiProperty() answer!: string
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null
  @ApiProperty({ description: 'category code of the routing catalogue' }) category!: string
  @ApiProperty({ description: 'the answering bureau (code)' }) bureau!: string
  @ApiProperty({ description: "the bureau's name (zh)" }) bureauName!: string
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the Shanghai date it was published' }) date!: string | null
  @ApiProperty({ type: AnswerCitationDto, nullable: true, description: "the measure's citation" }) citation!: AnswerCitationDto | null
  @ApiProperty({ enum: ANSWER_STATUSES }) status!: AnswerStatus
  @ApiProperty({ type: String, nullable: true, description: 'the newer answer that replaces this one' }) supersededBy!: string | null
  @ApiProperty({ type: String, nullable: true, description: 'the older answer this one replaces' }) supersedes!: string | null
}

export class AnswerListDto {
  @ApiProperty({ type: [AnswerDto] }) items!: AnswerDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}

export class AnswerReviewDto extends AnswerDto {
  @ApiProperty({ type: String, nullable: true }) appealId!: string | null
  @ApiProperty() proposedBy!: string
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class AnswerReviewListDto {
  @ApiProperty({ type: [AnswerReviewDto] }) items!: AnswerReviewDto[]
}

export class AnswerAppealDraftDto {
  @ApiProperty({ description: "the appeal's title, as a starting point for the public question" }) question!: string
  @ApiProperty({ description: "the bureau's answer, as a starting point for the public answer" }) answer!: string
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null
  @ApiProperty() categoryCode!: string
  @ApiProperty({ type: [String], description: 'what in the draft would identify the enterprise (kinds: enterprise_name, uscc, contact_name, contact_phone, phone, email, appeal_number)' }) flags!: string[]
}

export class SuggestionStatsDto {
  @ApiProperty({ description: 'intake sessions in which an enterprise opened a suggested answer' }) opened!: number
  @ApiProperty({ description: 'of those, sessions that then left the form without submitting (the appeal made unnecessary)' }) leftAfterOpening!: number
  @ApiProperty({ description: 'of those, sessions that still submitted an appeal' }) submittedAfterOpening!: number
  @ApiProperty({ type: Number, nullable: true, description: 'leftAfterOpening / opened (null when none opened)' }) deflectionRate!: number | null
}
