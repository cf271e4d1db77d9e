import { ApiProperty } from '@nestjs/swagger'
import { IsIn } from 'class-validator'
import { EXPORT_FORMATS, type ExportFormat } from './table-files.js'

/** `?format=csv|xlsx` of an export that has no other query (table-files.ts: one URL style for every export). */
export class ExportFormatQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat
}
