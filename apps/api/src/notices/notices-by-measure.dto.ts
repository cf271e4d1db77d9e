import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { Type } from 'class-transformer'
import { IsInt, IsOptional, Max, Min } from 'class-validator'

export class NoticesByMeasureQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 3, description: 'how many notices of each measure to list (the soonest); `total` counts them all' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10)
  perMeasure?: number
}

/** A notice as a measure's card lists it: what it is and when. */
export class MeasureNoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string
  @ApiProperty() title!: string
  @ApiProperty({ format: 'date-time' }) startsAt!: string
  @ApiProperty({ format: 'date-time' }) endsAt!: string
}

export class MeasureNoticesDto {
  @ApiProperty() measureId!: string
  @ApiProperty({ description: 'every upcoming published notice of this measure the caller may see' }) total!: number
  @ApiProperty({ type: [MeasureNoticeDto], description: 'the soonest `perMeasure` of them, soonest first' }) notices!: MeasureNoticeDto[]
}

export class NoticesByMeasureDto {
  @ApiProperty({ type: [MeasureNoticesDto], description: 'one entry per measure with at least one upcoming notice, in measure id order' }) items!: MeasureNoticesDto[]
}
