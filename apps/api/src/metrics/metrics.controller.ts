import { Controller, Get, Query } from '@nestjs/common'
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import { Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import type { Viewer } from '../enterprises/enterprises.service.js'
import { MetricsDto, MetricsQueryDto } from './metrics.dto.js'
import { MetricsService } from './metrics.service.js'

@ApiTags('metrics')
@ApiBearerAuth()
@ApiErrors(401, 403, 429)
@Controller('metrics')
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
}
