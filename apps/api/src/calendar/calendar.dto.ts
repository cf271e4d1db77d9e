import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsBoolean, IsOptional } from 'class-validator'
import { TextField } from '../common/fields.js'

export class CalendarDayDto {
  @ApiProperty({ example: '2027-02-07' }) date!: string
  @ApiProperty() working!: boolean
  @ApiProperty({ type: String, nullable: true, description: 'the holiday or 调休 name' }) name!: string | null
  @ApiProperty({ type: String, nullable: true, description: 'chinese-days, admin or import; null = not covered (Monday–Friday assumed)' }) source!: string | null
}

export class CalendarYearDto {
  @ApiProperty() year!: number
  @ApiProperty({ type: [CalendarDayDto] }) days!: CalendarDayDto[]
  @ApiProperty({ description: 'days of the year the table covers' }) covered!: number
  @ApiProperty({ description: 'the chinese-days library knows this year (it can be loaded)' }) knownToLibrary!: boolean
  @ApiProperty({ type: String, nullable: true, description: 'the first of the next 60 days the calendar does not cover (null: all covered)' }) uncoveredFrom!: string | null
  @ApiProperty({ description: 'what a change moves: only deadlines set from then on', example: 'new-deadlines-only' }) appliesTo!: 'new-deadlines-only'
}

export class SetCalendarDayDto {
  @ApiProperty({ description: 'true: a working day (e.g. a 调休 weekend); false: a day off (a holiday)' })
  @IsBoolean()
  working!: boolean

  @TextField({ max: 100, nullable: true, description: 'the holiday or 调休 name' })
  name?: string | null
}

export class LoadCalendarDto {
  @ApiPropertyOptional({ default: false, description: 'also overwrite days an administrator set or imported (default: only fill the days missing)' })
  @IsOptional() @IsBoolean()
  replace?: boolean
}

export class ImportCalendarDto {
  @TextField({ max: 20_000, required: true, multiline: true, description: 'the notice as lines `2027-01-01 休 元旦` / `2027-02-07 班 春节` (see the admin page)' })
  text!: string
}

export class CalendarWriteResultDto {
  @ApiProperty({ description: 'days changed' }) changed!: number
  @ApiProperty({ type: CalendarYearDto }) calendar!: CalendarYearDto
}
