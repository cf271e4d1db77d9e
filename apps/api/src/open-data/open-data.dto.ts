import { ApiProperty } from '@nestjs/swagger'
import { TextField } from '../common/fields.js'

/** One version of a published month: 1 is the publication, each later one a correction with its note. */
export class OpenDataVersionDto {
  @ApiProperty() version!: number
  @ApiProperty({ format: 'date-time', description: 'when this version was published' }) publishedAt!: string
  @ApiProperty({ type: String, nullable: true, description: 'why this version corrects the one before (null for version 1)' }) note!: string | null
  @ApiProperty() methodVersion!: string
}

export class OpenDataMonthRefDto {
  @ApiProperty({ example: '2026-11' }) month!: string
  @ApiProperty({ description: 'the newest version (a correction is a new version with a note)' }) version!: number
  @ApiProperty({ format: 'date-time', description: 'when the newest version was published' }) publishedAt!: string
  @ApiProperty({ format: 'date-time', description: 'when the month was first published (version 1)' }) firstPublishedAt!: string
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when the newest version corrected the month; null when it was never corrected' }) correctedAt!: string | null
  @ApiProperty({ type: String, nullable: true, description: 'why this version corrects the one before' }) note!: string | null
  @ApiProperty() methodVersion!: string
  @ApiProperty({ example: '/api/open-data/appeal-rates/2026-11.csv' }) csv!: string
  @ApiProperty({ example: '/api/open-data/appeal-rates/2026-11.json' }) json!: string
  @ApiProperty({ type: [OpenDataVersionDto], description: 'every version of the month, newest first (the old ones are kept)' }) versions!: OpenDataVersionDto[]
}

/** A coordinator's or administrator's correction of a published month: its counts are read again and published as the next version. */
export class OpenDataCorrectionDto {
  @TextField({ max: 1000, required: true, multiline: true, description: 'why the month is corrected (published with the new version)', example: '补录一件逾期答复' })
  note!: string
}

export class OpenDataIndexDto {
  @ApiProperty({ description: 'the definitions, suppression and ranking rules in force' }) methodVersion!: string
  @ApiProperty({ description: 'a rate whose denominator is below this is suppressed' }) minDenominator!: number
  @ApiProperty({ description: 'working days after a month ends before it is published' }) publishWorkingDays!: number
  @ApiProperty({ type: [OpenDataMonthRefDto], description: 'newest first' }) months!: OpenDataMonthRefDto[]
}

export class OpenDataRateDto {
  @ApiProperty({ type: Number, nullable: true, description: 'null when suppressed' }) numerator!: number | null
  @ApiProperty() denominator!: number
  @ApiProperty({ type: Number, nullable: true, description: '0–1; null when suppressed (denominator below minDenominator)' }) rate!: number | null
  @ApiProperty() suppressed!: boolean
}

export class OpenDataRatesDto {
  @ApiProperty({ description: 'dispatches to the bureau as lead in the month' }) dispatched!: number
  @ApiProperty({ type: OpenDataRateDto, description: '响应率: accepted within the limit ÷ dispatched' }) responseRate!: OpenDataRateDto
  @ApiProperty({ type: OpenDataRateDto, description: '解决率: rated solved ÷ rated' }) resolutionRate!: OpenDataRateDto
  @ApiProperty({ type: OpenDataRateDto, description: '满意率: (满意 + 基本满意) ÷ rated' }) satisfactionRate!: OpenDataRateDto
  @ApiProperty({ type: OpenDataRateDto, description: '按期答复率: answered within the limit ÷ answered' }) onTimeAnswerRate!: OpenDataRateDto
}

export class OpenDataRowDto extends OpenDataRatesDto {
  @ApiProperty({ example: 'sheitc' }) bureau!: string
  @ApiProperty({ example: '市经济信息化委' }) bureauName!: string
  @ApiProperty({ type: Number, nullable: true, description: 'by the mean of the published rates, highest first; null when none is published' }) rank!: number | null
  @ApiProperty({ type: Number, nullable: true }) previousRank!: number | null
  @ApiProperty({ type: Number, nullable: true, description: 'places gained since the month before (positive = up)' }) rankChange!: number | null
}

export class OpenDataMonthDto {
  @ApiProperty({ example: '2026-11' }) month!: string
  @ApiProperty() version!: number
  @ApiProperty({ format: 'date-time', description: 'when this version was published' }) publishedAt!: string
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when this version corrected the month; null for version 1' }) correctedAt!: string | null
  @ApiProperty({ type: String, nullable: true, description: 'why this version corrects the one before' }) note!: string | null
  @ApiProperty() methodVersion!: string
  @ApiProperty() minDenominator!: number
  @ApiProperty({ type: String, nullable: true, description: 'the month the rank change compares with, when it was published' }) previousMonth!: string | null
  @ApiProperty({ type: OpenDataRatesDto, description: 'the whole city' }) city!: OpenDataRatesDto
  @ApiProperty({ type: [OpenDataRowDto] }) rows!: OpenDataRowDto[]
}
