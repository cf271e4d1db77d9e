import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsIn, IsOptional } from 'class-validator'
import { catalogues } from '@servicepack/policy-rules'
import { IsCalendarDate, SERVICE_DATES } from '../common/date-fields.js'
import { EXPORT_FORMATS, type ExportFormat } from '../common/table-files.js'

export const GROUP_BYS = ['bureau', 'category', 'district', 'month'] as const
export type GroupBy = (typeof GROUP_BYS)[number]

export class MetricsQueryDto {
  @ApiProperty({ example: '2026-06-01', description: `first day of the period (Shanghai date), ${SERVICE_DATES.min} to ${SERVICE_DATES.max}` })
  @IsCalendarDate(SERVICE_DATES)
  from!: string

  @ApiProperty({ example: '2026-11-30', description: `last day of the period, included, ${SERVICE_DATES.min} to ${SERVICE_DATES.max}` })
  @IsCalendarDate(SERVICE_DATES)
  to!: string

  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'bureau' })
  @IsOptional() @IsIn(GROUP_BYS)
  groupBy?: GroupBy

  @ApiPropertyOptional({ enum: ['lead', 'assisting'], default: 'lead', description: 'lead bureaus (the 三率) or assisting bureaus (dispatches and opinions)' })
  @IsOptional() @IsIn(['lead', 'assisting'])
  role?: 'lead' | 'assisting'

  @ApiPropertyOptional({ enum: catalogues.bureaus.map((b) => b.code) })
  @IsOptional() @IsIn(catalogues.bureaus.map((b) => b.code))
  bureau?: string

  @ApiPropertyOptional({ enum: catalogues.appealCategories.map((c) => c.code) })
  @IsOptional() @IsIn(catalogues.appealCategories.map((c) => c.code))
  category?: string

  @ApiPropertyOptional({ enum: catalogues.districts.map((d) => d.code) })
  @IsOptional() @IsIn(catalogues.districts.map((d) => d.code))
  district?: string
}

export class RatesDto {
  @ApiProperty() dispatched!: number
  @ApiProperty({ type: Number, nullable: true, description: '响应率: accepted within the limit ÷ dispatched' }) responseRate!: number | null
  @ApiProperty({ type: Number, nullable: true, description: '解决率: rated solved ÷ rated' }) resolutionRate!: number | null
  @ApiProperty({ type: Number, nullable: true, description: '满意率: (满意 + 基本满意) ÷ rated' }) satisfactionRate!: number | null
  @ApiProperty({ type: Number, nullable: true, description: 'answered within the limit ÷ answered' }) onTimeAnswerRate!: number | null
  @ApiProperty() overdue!: number
  @ApiProperty({ description: '不满意 ratings (each reopened the appeal)' }) reopened!: number
  @ApiProperty() rated!: number
  @ApiProperty({ type: Number, nullable: true, description: 'median working days from dispatch to answer' }) medianAnswerDays!: number | null
  @ApiProperty({ description: 'assisting role only: opinions given' }) opinions!: number
}

export class MetricsGroupDto extends RatesDto {
  @ApiProperty({ description: 'bureau, category or district code, or YYYY-MM' }) key!: string
}

export class MetricsDto {
  @ApiProperty() from!: string
  @ApiProperty() to!: string
  @ApiProperty({ description: 'the period of the same length just before' }) previousFrom!: string
  @ApiProperty() previousTo!: string
  @ApiProperty({ enum: GROUP_BYS }) groupBy!: GroupBy
  @ApiProperty({ enum: ['lead', 'assisting'] }) role!: 'lead' | 'assisting'
  @ApiProperty({ type: String, nullable: true, description: 'a bureau officer sees their own bureau only' }) scopeBureau!: string | null
  @ApiProperty({ type: RatesDto, description: 'the whole (scoped) period' }) totals!: RatesDto
  @ApiProperty({ type: RatesDto }) previous!: RatesDto
  @ApiProperty({ type: RatesDto, description: 'the whole city, for comparison (no bureau breakdown); for a bureau officer always the whole city over the period, whatever the category and district filters, so it cannot single out another bureau' }) city!: RatesDto
  @ApiProperty({ type: [MetricsGroupDto] }) groups!: MetricsGroupDto[]
  @ApiProperty({ type: [MetricsGroupDto], nullable: true, description: 'groupBy month only: the city per month (the trend’s comparison line), like `city`' }) cityGroups!: MetricsGroupDto[] | null
}

export class MetricsExportQueryDto extends MetricsQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat
}
