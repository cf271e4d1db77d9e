import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common'
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { contentDisposition } from '../attachments/attachment-type.js'
import { Public, Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { EXPORT_CONTENT_TYPES } from '../common/table-files.js'
import { etagOf, notModified, OPEN_DATA_CACHE_CONTROL } from './http-cache.js'
import { openDataCsv } from './open-data-csv.js'
import { OpenDataCorrectionDto, OpenDataIndexDto, OpenDataMonthDto, OpenDataMonthRefDto } from './open-data.dto.js'
import { OpenDataService } from './open-data.service.js'

/**
 * The 三率 as open data: read with no sign-in, rate-limited per address like every anonymous request,
 * cacheable (ETag, 304); corrected by a coordinator or an administrator (a new version with a note).
 */
@ApiTags('open-data')
@ApiErrors(429)
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('appeal-rates')
  @Public()
  @ApiOperation({ summary: 'The published months of the 三率 (open data), newest first, with their CSV and JSON addresses' })
  @ApiOkResponse({ type: OpenDataIndexDto })
  @ApiResponse({ status: 304, description: 'If-None-Match names the current ETag' })
  async index(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await send(req, reply, 'application/json; charset=utf-8', JSON.stringify(await this.openData.index()))
  }

  @Get('appeal-rates/:file')
  @Public()
  @ApiOperation({ summary: 'A published month per lead bureau: `YYYY-MM.json` or `YYYY-MM.csv` (UTF-8 with BOM, Chinese headers); numerators and denominators; a denominator under 5 suppressed (null / —)' })
  @ApiParam({ name: 'file', example: '2026-11.csv', description: '`YYYY-MM.csv` or `YYYY-MM.json`' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: OpenDataMonthDto, description: 'JSON; the CSV has the same rows' })
  @ApiResponse({ status: 304, description: 'If-None-Match names the current ETag' })
  @ApiErrors(400, 404)
  async month(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const ext = file.endsWith('.csv') ? 'csv' : 'json'
    const month = await this.openData.month(file, ext)
    if (ext === 'json') return send(req, reply, 'application/json; charset=utf-8', JSON.stringify(month))
    reply.header('content-disposition', contentDisposition(`appeal-rates-${month.month}.csv`))
    return send(req, reply, EXPORT_CONTENT_TYPES.csv, openDataCsv(month))
  }

  @Post('appeal-rates/:month/corrections')
  @Roles('coordinator', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Corrects a published month: its counts are read again and published as the next version with the note; the old versions are kept' })
  @ApiParam({ name: 'month', example: '2026-11', description: '`YYYY-MM`, a published month' })
  @ApiCreatedResponse({ type: OpenDataMonthRefDto, description: 'the month with its new version' })
  @ApiErrors(400, 409)
  correct(@Param('month') month: string, @Body() body: OpenDataCorrectionDto): Promise<OpenDataMonthRefDto> {
    return this.openData.correct(month, body.note)
  }
}

async function send(req: FastifyRequest, reply: FastifyReply, contentType: string, body: string | Buffer): Promise<void> {
  const etag = etagOf(body)
  reply.header('etag', etag).header('cache-control', OPEN_DATA_CACHE_CONTROL).header('x-content-type-options', 'nosniff')
  if (notModified(req.headers['if-none-match'], etag)) return void (await reply.status(304).send())
  await reply.header('content-type', contentType).send(body)
}
