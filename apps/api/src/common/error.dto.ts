import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { ERROR_CODES, FIELD_CODES, type ErrorCode, type FieldCode } from './error-codes.js'

export class FieldProblemDto {
  @ApiProperty({ example: 'facts.revenue', description: 'dotted path of the field' }) field!: string
  @ApiProperty({ enum: FIELD_CODES, enumName: 'FieldCode', description: 'why the field was refused; the apps show text chosen by it' }) code!: FieldCode
  @ApiProperty({ type: [String], description: 'for developers (English)' }) messages!: string[]
}

/** The one error shape (see common/error-shape.ts). */
export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number
  @ApiProperty({ example: 'Bad Request' }) error!: string
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', description: 'stable machine code; the apps show text chosen by it' }) code!: ErrorCode
  @ApiProperty({ description: 'for developers (English); never shown to users as is' }) message!: string
  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'field problems (code FIELD_INVALID), or the items of a bulk request a 404/409 concerns; at most 20' }) details?: FieldProblemDto[]
  @ApiProperty({ description: 'the request id (X-Request-Id); quote it when reporting a problem' }) correlationId!: string
}
