import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator'
import { catalogues } from '@servicepack/policy-rules'
import { TextField } from '../common/fields.js'

const bureauCodes = catalogues.bureaus.map((b) => b.code)

export class ResponseTemplateDto {
  @ApiProperty() id!: string
  @ApiProperty({ enum: bureauCodes }) bureau!: string
  @ApiProperty() title!: string
  @ApiProperty() body!: string
  @ApiProperty() version!: number
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
  @ApiProperty() updatedBy!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) updatedByName!: string | null
}

export class ResponseTemplateQueryDto {
  @ApiPropertyOptional({ enum: bureauCodes, description: 'one bureau (a bureau officer always gets their own)' })
  @IsOptional() @IsIn(bureauCodes, { message: 'bureau must be a bureau of the catalogue' })
  bureau?: string
}

export class CreateResponseTemplateDto {
  @ApiProperty({ enum: bureauCodes })
  @IsIn(bureauCodes, { message: 'bureau must be a bureau of the catalogue' })
  bureau!: string

  @TextField({ max: 100, required: true })
  title!: string

  @TextField({ max: 5000, required: true, multiline: true })
  body!: string
}

export class UpdateResponseTemplateDto extends CreateResponseTemplateDto {
  @ApiProperty({ description: 'the version read (409 CONFLICT when someone changed it since)' })
  @IsInt() @Min(1) @Max(1_000_000_000)
  version!: number
}
