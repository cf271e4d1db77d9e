import { Get, Query, Res } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger'
import type { FastifyReply } from 'fastify'
import { Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { sendTable } from '../common/send-file.js'
import { EXPORT_CONTENT_TYPES } from '../common/table-files.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import type { Viewer } from '../auth/viewer.js'
import { exportTable } from './metrics-export.js'
import { MetricsDto, MetricsExportQueryDto, MetricsQueryDto } from './metrics.dto.js'
import { MetricsService } from './metrics.service.js'

@SignedInController('metrics', 'metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('appeals')
  @Roles('coordinator', 'admin', 'bureau_officer')
  @ApiOperation({ summary: '三率 over a period, grouped by bureau, category, district or month (a bureau officer: own bureau and the city totals)' })
  @ApiOkResponse({ type: MetricsDto })
  @ApiErrors(400)
  appeals(@CurrentViewer() viewer: Viewer, @Query() query: MetricsQueryDto): Promise<MetricsDto> {
    return this.metrics.appeals(viewer, query)
  }

  @Get('appeals/export')
  @Roles('coordinator', 'admin', 'bureau_officer')
  @ApiOperation({ summary: 'The same figures as GET /api/metrics/appeals (same query, same scope) as a table with Chinese headers: CSV (UTF-8 with BOM) or XLSX' })
  @ApiProduces(EXPORT_CONTENT_TYPES.csv, EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400)
  async export(@CurrentViewer() viewer: Viewer, @Query() query: MetricsExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { format, ...metricsQuery } = query
    const table = exportTable(await this.metrics.appeals(viewer, metricsQuery))
    await sendTable(reply, table, format)
  }
}
