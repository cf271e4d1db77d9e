import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsBoolean, IsIn, IsOptional } from 'class-validator'
import { catalogues, measures } from '@servicepack/policy-rules'
import { TextField } from '../common/fields.js'
import { EXPORT_FORMATS, type ExportFormat } from '../common/table-files.js'
import { OUTCOMES, type Outcome } from './application-outcome.js'
import { FUNNEL_GROUPS, FUNNEL_STAGES, type FunnelGroup, type FunnelStage } from './measure-funnel.queries.js'
import { PageField } from '../common/query-fields.js'

const measureIds = measures.map((m) => m.id)
const districtCodes = catalogues.districts.map((d) => d.code)
const industryCodes = catalogues.industries.map((i) => i.code)

export class PushSettingsDto {
  @ApiProperty({ description: 'in-app notifications of measures that became yours' })
  @IsBoolean({ message: 'inApp must be true or false' })
  inApp!: boolean

  @ApiProperty({ description: 'e-mails of measures that became yours (never bad news)' })
  @IsBoolean({ message: 'email must be true or false' })
  email!: boolean
}

export class PushedMeasureDto {
  @ApiProperty() measureId!: string
  @ApiProperty({ description: 'the reading (rule version) the enterprise was told under' }) ruleVersion!: string
  @ApiProperty({ type: String, format: 'date-time' }) pushedAt!: string
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null
  @ApiProperty({ type: String, nullable: true }) appealId!: string | null
  @ApiProperty({ enum: ['eligible', 'ineligible', 'unknown', 'announced'], nullable: true, description: 'the kept status now: a measure no longer eligible shows on the package page' }) statusNow!: string | null
}

export class MyPushesDto {
  @ApiProperty({ type: PushSettingsDto }) settings!: PushSettingsDto
  @ApiProperty({ type: [PushedMeasureDto], description: 'newest first' }) items!: PushedMeasureDto[]
}

export class MeasureParamDto {
  @ApiProperty({ enum: measureIds })
  @IsIn(measureIds, { message: 'measureId must be a measure of the catalogue' })
  measureId!: string
}

export class ObjectionDto extends MeasureParamDto {
  @ApiProperty({ enum: ['facts', 'reading'], description: 'facts: 信息有误 (leads to the profile fields); reading: 政策理解有误 (goes to the coordinators as an appeal)' })
  @IsIn(['facts', 'reading'], { message: 'kind must be facts or reading' })
  kind!: 'facts' | 'reading'

  @TextField({ max: 2000, nullable: true, multiline: true, description: 'what is wrong (required for reading)' })
  note?: string | null
}

export class ObjectionResultDto {
  @ApiProperty({ enum: ['facts', 'reading'] }) kind!: 'facts' | 'reading'
  @ApiProperty({ type: [String], description: 'facts: the profile fields the measure reads (the app opens the profile at them)' }) profileFields!: string[]
  @ApiProperty({ type: String, nullable: true, description: 'reading: the appeal made for the coordinators' }) appealId!: string | null
}

export class AnswerApplicationDto {
  @ApiProperty({ enum: OUTCOMES, description: 'granted 予以兑现 / more_info 需补充材料 / refused 不符合' })
  @IsIn(OUTCOMES, { message: 'outcome must be granted, more_info or refused' })
  outcome!: Outcome

  @TextField({ max: 2000, nullable: true, multiline: true, description: 'the reason (required unless granted)' })
  reason?: string | null
}

export class MeasureFunnelQueryDto {
  @ApiPropertyOptional({ enum: districtCodes })
  @IsOptional() @IsIn(districtCodes, { message: 'district must be a district of the catalogue' })
  district?: string

  @ApiPropertyOptional({ enum: industryCodes })
  @IsOptional() @IsIn(industryCodes, { message: 'industry must be an industry of the catalogue' })
  industry?: string

  @ApiPropertyOptional({ enum: FUNNEL_GROUPS, description: 'one row per measure and district (or industry)' })
  @IsOptional() @IsIn(FUNNEL_GROUPS, { message: 'by must be district or industry' })
  by?: FunnelGroup
}

export class MeasureFunnelExportQueryDto extends MeasureFunnelQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat
}

export class MeasureFunnelDrillQueryDto extends MeasureParamDto {
  @ApiProperty({ enum: FUNNEL_STAGES })
  @IsIn(FUNNEL_STAGES, { message: 'stage must be eligible, pushed, opened, confirmed or granted' })
  stage!: FunnelStage

  @ApiPropertyOptional({ enum: districtCodes })
  @IsOptional() @IsIn(districtCodes, { message: 'district must be a district of the catalogue' })
  district?: string

  @ApiPropertyOptional({ enum: industryCodes })
  @IsOptional() @IsIn(industryCodes, { message: 'industry must be an industry of the catalogue' })
  industry?: string

  @PageField(100000, 1)
  page?: number
}

export class MeasureFunnelRowDto {
  @ApiProperty() measureId!: string
  @ApiProperty({ type: String, nullable: true, description: 'district or industry code when grouped ("" unknown)' }) group!: string | null
  @ApiProperty() eligible!: number
  @ApiProperty() pushed!: number
  @ApiProperty() opened!: number
  @ApiProperty() confirmed!: number
  @ApiProperty() granted!: number
}

export class MeasureFunnelDto {
  @ApiProperty({ type: [MeasureFunnelRowDto] }) items!: MeasureFunnelRowDto[]
}

export class MeasureFunnelEnterpriseDto {
  @ApiProperty() uscc!: string
  @ApiProperty() name!: string
  @ApiProperty({ type: String, nullable: true }) district!: string | null
  @ApiProperty({ type: String, nullable: true }) industry!: string | null
  @ApiProperty({ type: String, nullable: true }) status!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pushedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null
  @ApiProperty({ type: String, nullable: true }) appealId!: string | null
  @ApiProperty({ type: String, nullable: true }) appealNumber!: string | null
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome!: string | null
}

export class MeasureFunnelEnterpriseListDto {
  @ApiProperty({ type: [MeasureFunnelEnterpriseDto] }) items!: MeasureFunnelEnterpriseDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}
