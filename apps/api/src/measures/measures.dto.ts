import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsObject, IsOptional, Matches } from 'class-validator'
import { EvaluationDto, AmountRangeDto } from '../enterprises/enterprise.dto.js'
import { factsSchema } from '../enterprises/facts-schema.js'

export class EvaluateRequestDto {
  @ApiProperty({ ...factsSchema(), description: 'Facts typed by a visitor; nothing is stored' })
  @IsObject()
  facts!: Record<string, unknown>

  @ApiPropertyOptional({ example: '2026-11-26', description: 'default: today in Asia/Shanghai' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string
}

export class EvaluateResponseDto {
  @ApiProperty() asOf!: string
  @ApiProperty({ type: [EvaluationDto] }) evaluations!: EvaluationDto[]
  @ApiProperty({ type: AmountRangeDto }) total!: AmountRangeDto
}
