import { Body, Get, Param, Put, Query, Res } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger'
import { CurrentUser, Roles } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import type { FastifyReply } from 'fastify'
import { sendTable } from '../common/send-file.js'
import { EXPORT_CONTENT_TYPES, EXPORT_MAX_ROWS } from '../common/table-files.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { AsOfQueryDto } from '../measures/measures.dto.js'
import { CallerEnterprise } from './caller-enterprise.js'
import {
  AssignStewardDto,
  AssignStewardsDto,
  AssignStewardsResultDto,
  ChangeListDto,
  EnterpriseCountsDto,
  EnterpriseDto,
  EnterpriseExportQueryDto,
  EnterpriseListDto,
  EnterpriseListQueryDto,
  HistoryQueryDto,
  PackageDto,
  UpdateEnterpriseDto,
} from './enterprise.dto.js'
import { EnterprisesService } from './enterprises.service.js'
import { viewerOf } from '../auth/viewer.js'
import { ParseUsccPipe } from './parse-uscc.pipe.js'

@SignedInController('enterprises', 'enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Get('me')
  @Roles('enterprise')
  @ApiOperation({ summary: "The caller's enterprise profile (bound on first call)" })
  @ApiOkResponse({ type: EnterpriseDto })
  getMine(@CurrentUser() user: Principal, @CallerEnterprise() uscc: string): Promise<EnterpriseDto> {
    return this.enterprises.get(viewerOf(user, uscc), uscc)
  }

  @Put('me')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Update the profile; partial, a fact set to null becomes unknown' })
  @ApiOkResponse({ type: EnterpriseDto })
  @ApiErrors(400, 409, 413)
  updateMine(@CurrentUser() user: Principal, @CallerEnterprise() uscc: string, @Body() body: UpdateEnterpriseDto): Promise<EnterpriseDto> {
    return this.enterprises.update(viewerOf(user, uscc), uscc, body)
  }

  @Get('me/package')
  @Roles('enterprise')
  @ApiOperation({ summary: '我的服务包: the measures evaluated for this enterprise' })
  @ApiOkResponse({ type: PackageDto })
  @ApiErrors(400)
  myPackage(@CurrentUser() user: Principal, @CallerEnterprise() uscc: string, @Query() query: AsOfQueryDto): Promise<PackageDto> {
    return this.enterprises.package(viewerOf(user, uscc), uscc, query.asOf)
  }

  @Get('me/history')
  @Roles('enterprise')
  @ApiOperation({ summary: "The profile's history, newest first, 20 a page; `field` keeps one field's changes" })
  @ApiOkResponse({ type: ChangeListDto })
  @ApiErrors(400)
  myHistory(@CurrentUser() user: Principal, @CallerEnterprise() uscc: string, @Query() query: HistoryQueryDto): Promise<ChangeListDto> {
    return this.enterprises.history(viewerOf(user, uscc), uscc, query)
  }

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'List enterprises, 重点企业 first (or sorted by a column); search, filters and paging' })
  @ApiOkResponse({ type: EnterpriseListDto })
  @ApiErrors(400)
  list(@CurrentUser() user: Principal, @Query() query: EnterpriseListQueryDto): Promise<EnterpriseListDto> {
    return this.enterprises.list(viewerOf(user), query)
  }

  @Get('export')
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary: `The list (GET /api/enterprises) as a file to download: the same filters, sort and scope without paging; Chinese headers, Shanghai times; CSV (UTF-8 with BOM) or XLSX, named 企业-<Shanghai date>; at most ${EXPORT_MAX_ROWS} rows — more is refused with 400 EXPORT_TOO_LARGE (never truncated)`,
  })
  @ApiProduces(EXPORT_CONTENT_TYPES.csv, EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400)
  async export(@CurrentUser() user: Principal, @Query() query: EnterpriseExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { format, ...filters } = query
    await sendTable(reply, await this.enterprises.exportTable(viewerOf(user), filters), format)
  }

  @Get('counts')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'The 工作台 figures: enterprises, 重点企业, without a 服务管家 account, the caller’s own (我负责的企业)' })
  @ApiOkResponse({ type: EnterpriseCountsDto })
  counts(@CurrentUser() user: Principal): Promise<EnterpriseCountsDto> {
    return this.enterprises.counts(viewerOf(user))
  }

  @Put('stewards')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Assign one 服务管家 (a coordinator account) to the selected enterprises: all or nothing (404/409 name the missing or stale ones; a sub that is no coordinator: 400 NOT_ALLOWED)' })
  @ApiOkResponse({ type: AssignStewardsResultDto })
  @ApiErrors(400, 404, 409, 413)
  assignStewards(@CurrentUser() user: Principal, @Body() body: AssignStewardsDto): Promise<AssignStewardsResultDto> {
    return this.enterprises.assignStewards(viewerOf(user), body)
  }

  @Get(':uscc')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: EnterpriseDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: Principal, @Param('uscc', ParseUsccPipe) uscc: string): Promise<EnterpriseDto> {
    return this.enterprises.get(viewerOf(user), uscc)
  }

  @Get(':uscc/package')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: PackageDto })
  @ApiErrors(400, 404)
  package(@CurrentUser() user: Principal, @Param('uscc', ParseUsccPipe) uscc: string, @Query() query: AsOfQueryDto): Promise<PackageDto> {
    return this.enterprises.package(viewerOf(user), uscc, query.asOf)
  }

  @Get(':uscc/history')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: "The enterprise's history, newest first, 20 a page; `field` keeps one field's changes" })
  @ApiOkResponse({ type: ChangeListDto })
  @ApiErrors(400, 404)
  history(@CurrentUser() user: Principal, @Param('uscc', ParseUsccPipe) uscc: string, @Query() query: HistoryQueryDto): Promise<ChangeListDto> {
    return this.enterprises.history(viewerOf(user), uscc, query)
  }

  @Put(':uscc/steward')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Assign the enterprise its 服务管家: a coordinator account and the number to call (with the version read)' })
  @ApiOkResponse({ type: EnterpriseDto })
  @ApiErrors(400, 404, 409, 413)
  assignSteward(@CurrentUser() user: Principal, @Param('uscc', ParseUsccPipe) uscc: string, @Body() body: AssignStewardDto): Promise<EnterpriseDto> {
    return this.enterprises.assignSteward(viewerOf(user), uscc, body)
  }
}
