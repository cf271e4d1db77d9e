import { Body, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger'
import type { FastifyReply } from 'fastify'
import { contentDisposition } from '../attachments/attachment-type.js'
import { Roles } from '../auth/access.decorators.js'
import type { Viewer } from '../auth/viewer.js'
import { AppealDto } from '../appeals/appeal-response.dto.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { csvFile, EXPORT_CONTENT_TYPES, xlsxFile } from '../common/table-files.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import { ApplicationsService } from './applications.service.js'
import { MeasureFunnelService } from './measure-funnel.service.js'
import {
  AnswerApplicationDto,
  MeasureFunnelDrillQueryDto,
  MeasureFunnelDto,
  MeasureFunnelEnterpriseListDto,
  MeasureFunnelExportQueryDto,
  MeasureFunnelQueryDto,
  MeasureParamDto,
  MyPushesDto,
  ObjectionDto,
  ObjectionResultDto,
  PushSettingsDto,
} from './measure-push.dto.js'
import { MeasurePushes } from './measure-pushes.service.js'

/** 免申即享 for the enterprise (issue 23 §3): what it was told, its channels, 确认享受, 提出异议. */
@SignedInController('measure-push', 'measure-push/me')
export class MeasurePushController {
  constructor(
    private readonly pushes: MeasurePushes,
    private readonly applications: ApplicationsService,
  ) {}

  @Get()
  @Roles('enterprise')
  @ApiOperation({ summary: 'The measures the enterprise was told became its own (with their status now) and its push channels' })
  @ApiOkResponse({ type: MyPushesDto })
  mine(@CurrentViewer() viewer: Viewer): Promise<MyPushesDto> {
    return this.pushes.mine(viewer.boundUscc!)
  }

  @Put('settings')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Switch the push on or off per channel (in-app, e-mail)' })
  @ApiOkResponse({ type: PushSettingsDto })
  @ApiErrors(400)
  settings(@CurrentViewer() viewer: Viewer, @Body() body: PushSettingsDto): Promise<PushSettingsDto> {
    return this.pushes.setSettings(viewer.boundUscc!, { inApp: body.inApp, email: body.email })
  }

  @Post('opened')
  @HttpCode(204)
  @Roles('enterprise')
  @ApiOperation({ summary: 'The enterprise opened a measure it was told about (the funnel’s “opened”)' })
  @ApiErrors(400)
  async opened(@CurrentViewer() viewer: Viewer, @Body() p: MeasureParamDto): Promise<void> {
    await this.pushes.opened(viewer.boundUscc!, p.measureId)
  }

  @Post('confirm')
  @Roles('enterprise')
  @ApiOperation({ summary: '确认享受: an application (appeal of kind application, with the snapshot) dispatched to the measure’s lead bureau; the same one again on a repeat' })
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  confirm(@CurrentViewer() viewer: Viewer, @Body() p: MeasureParamDto): Promise<AppealDto> {
    return this.applications.confirm(viewer, viewer.boundUscc!, p.measureId)
  }

  @Post('objection')
  @Roles('enterprise')
  @ApiOperation({ summary: '提出异议: facts (信息有误) names the profile fields to correct; reading (政策理解有误) goes to the coordinators' })
  @ApiOkResponse({ type: ObjectionResultDto })
  @ApiErrors(400, 404)
  objection(@CurrentViewer() viewer: Viewer, @Body() body: ObjectionDto): Promise<ObjectionResultDto> {
    return this.applications.objection(viewer, viewer.boundUscc!, body.measureId, body.kind, body.note)
  }
}

/** The lead bureau's answer to an application (issue 23 §3). */
@SignedInController('measure-push', 'applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post(':id/answer')
  @Roles('bureau_officer')
  @ApiOperation({ summary: 'Answer an application: 予以兑现 / 需补充材料 / 不符合 (with the reason); accepts it first if needed' })
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  answer(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: AnswerApplicationDto): Promise<AppealDto> {
    return this.applications.answer(viewer, id, body.outcome, body.reason)
  }
}

/** The measures' funnel (issue 23 §4), beside the notices' one. */
@SignedInController('measure-push', 'measure-funnel')
export class MeasureFunnelController {
  constructor(private readonly funnel: MeasureFunnelService) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Per measure: eligible → pushed → opened → confirmed → granted; filter by district / industry, or one row per district / industry (`by`)' })
  @ApiOkResponse({ type: MeasureFunnelDto })
  @ApiErrors(400)
  counts(@CurrentViewer() viewer: Viewer, @Query() q: MeasureFunnelQueryDto): Promise<MeasureFunnelDto> {
    return this.funnel.funnel(viewer, q)
  }

  @Get('export')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'The funnel as CSV (UTF-8 with BOM) or XLSX, Chinese headers' })
  @ApiProduces(EXPORT_CONTENT_TYPES.csv, EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400)
  async export(@CurrentViewer() viewer: Viewer, @Query() query: MeasureFunnelExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { format, ...filters } = query
    const table = await this.funnel.exportTable(viewer, filters)
    const bytes = format === 'xlsx' ? await xlsxFile(table) : csvFile(table)
    await reply
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', contentDisposition(`${table.fileName}.${format}`))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(bytes)
  }

  @Get('enterprises')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'The drill-down: the enterprises at a stage of one measure, 20 a page, by name' })
  @ApiOkResponse({ type: MeasureFunnelEnterpriseListDto })
  @ApiErrors(400)
  enterprises(@CurrentViewer() viewer: Viewer, @Query() q: MeasureFunnelDrillQueryDto): Promise<MeasureFunnelEnterpriseListDto> {
    return this.funnel.enterprises(viewer, q.measureId, q.stage, q)
  }
}
