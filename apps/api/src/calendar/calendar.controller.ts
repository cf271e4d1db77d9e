import { Body, Get, HttpCode, Injectable, Param, type PipeTransform, Post, Put } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger'
import { isCalendarDate } from '@servicepack/policy-rules'
import { CurrentUser, Roles } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { parseDecimalParam } from '../common/decimal-param.js'
import { fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { CalendarAdminService } from './calendar-admin.service.js'
import { CalendarWriteResultDto, CalendarYearDto, ImportCalendarDto, LoadCalendarDto, SetCalendarDayDto } from './calendar.dto.js'

/** A year the calendar may hold: 2000–2100, in decimal digits as written (never coerced first). */
@Injectable()
export class ParseYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    return parseDecimalParam('year', value, 2000, 2100)
  }
}

@Injectable()
export class ParseDatePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isCalendarDate(value)) throw new InputInvalidException([fieldProblem('date', 'FORMAT', 'date must be a calendar date YYYY-MM-DD')])
    return value
  }
}

@SignedInController('admin', 'admin/calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarAdminService) {}

  @Get(':year')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Every day of a year: working or not, its name, where it comes from (null: not covered)' })
  @ApiParam({ name: 'year', example: 2027 })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiErrors(400)
  year(@Param('year', ParseYearPipe) year: number): Promise<CalendarYearDto> {
    return this.calendars.year(year)
  }

  @Put(':year/days/:date')
  @Roles('admin')
  @ApiOperation({ summary: 'Set one day: a holiday (working false) or a make-up working day (true); audited; deadlines already set do not move' })
  @ApiParam({ name: 'year', example: 2027 })
  @ApiParam({ name: 'date', example: '2027-02-07' })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiErrors(400)
  setDay(@CurrentUser() user: Principal, @Param('year', ParseYearPipe) year: number, @Param('date', ParseDatePipe) date: string, @Body() dto: SetCalendarDayDto): Promise<CalendarYearDto> {
    return this.calendars.setDay(user, year, date, dto)
  }

  @Post(':year/load')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Load the year from the chinese-days library (409 CALENDAR_YEAR_UNKNOWN when it does not know it); audited' })
  @ApiParam({ name: 'year', example: 2026 })
  @ApiOkResponse({ type: CalendarWriteResultDto })
  @ApiErrors(400, 409)
  load(@CurrentUser() user: Principal, @Param('year', ParseYearPipe) year: number, @Body() dto: LoadCalendarDto): Promise<CalendarWriteResultDto> {
    return this.calendars.load(user, year, dto)
  }

  @Post(':year/import')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Import the State Council’s notice as lines `2027-01-01 休 元旦` / `2027-02-07 班 春节`: listed days as listed, all others Monday–Friday; audited' })
  @ApiParam({ name: 'year', example: 2027 })
  @ApiOkResponse({ type: CalendarWriteResultDto })
  @ApiErrors(400)
  import(@CurrentUser() user: Principal, @Param('year', ParseYearPipe) year: number, @Body() dto: ImportCalendarDto): Promise<CalendarWriteResultDto> {
    return this.calendars.import(user, year, dto)
  }
}
