import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common'
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import type { FastifyReply } from 'fastify'
import { Authenticated, Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { ApiException } from '../common/error-shape.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import type { Viewer } from '../enterprises/enterprises.service.js'
import {
  AppealCountsDto,
  AppealDto,
  AppealEventDto,
  AppealListDto,
  AppealListQueryDto,
  BodyDto,
  CreateAppealDto,
  DispatchAppealDto,
  ExtensionRequestDto,
  OptionalNoteDto,
  RateAppealDto,
  ReasonDto,
} from './appeal.dto.js'
import { AppealsService } from './appeals.service.js'

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/

/** Appeals (诉求): one route per action; the service decides who may do what (allowedActions). */
@ApiTags('appeals')
@ApiBearerAuth()
@ApiErrors(401, 403, 429)
@Controller('appeals')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Post()
  @Roles('enterprise')
  @ApiOperation({ summary: 'Submit an appeal for the caller’s enterprise (honours Idempotency-Key)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–100 of A-Z a-z 0-9 . _ : -; the same key returns the same appeal' })
  @ApiCreatedResponse({ type: AppealDto, description: '201 when created, 200 when the Idempotency-Key was seen before' })
  @ApiErrors(400, 409, 413)
  async create(
    @CurrentViewer() viewer: Viewer,
    @Body() body: CreateAppealDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AppealDto> {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw new ApiException(400, 'BAD_REQUEST', 'Idempotency-Key must be 8–100 characters of A-Z a-z 0-9 . _ : -')
    const { appeal, created } = await this.appeals.create(viewer, viewer.boundUscc!, body, key ?? null)
    void reply.status(created ? 201 : 200)
    return appeal
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The appeals the caller may see, filtered, sorted, keyset-paged' })
  @ApiOkResponse({ type: AppealListDto })
  @ApiErrors(400)
  list(@CurrentViewer() viewer: Viewer, @Query() query: AppealListQueryDto): Promise<AppealListDto> {
    return this.appeals.list(viewer, query)
  }

  @Get('counts')
  @Authenticated()
  @ApiOperation({ summary: 'Counts per status and the to-do counts (overdue, due soon, pending extension) of what the caller may see' })
  @ApiOkResponse({ type: AppealCountsDto })
  counts(@CurrentViewer() viewer: Viewer): Promise<AppealCountsDto> {
    return this.appeals.counts(viewer)
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(404)
  get(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AppealDto> {
    return this.appeals.get(viewer, id)
  }

  @Get(':id/events')
  @Authenticated()
  @ApiOperation({ summary: 'The timeline, oldest first' })
  @ApiOkResponse({ type: [AppealEventDto] })
  @ApiErrors(404)
  events(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AppealEventDto[]> {
    return this.appeals.events(viewer, id)
  }

  @Post(':id/dispatch')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  dispatch(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: DispatchAppealDto): Promise<AppealDto> {
    return this.appeals.dispatch(viewer, id, body)
  }

  @Post(':id/accept')
  @Roles('bureau_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(404, 409)
  accept(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AppealDto> {
    return this.appeals.accept(viewer, id)
  }

  @Post(':id/return')
  @Roles('bureau_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  returnToCoordinator(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: ReasonDto): Promise<AppealDto> {
    return this.appeals.returnToCoordinator(viewer, id, body.reason)
  }

  @Post(':id/respond')
  @Roles('bureau_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  respond(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: BodyDto): Promise<AppealDto> {
    return this.appeals.respond(viewer, id, body.body)
  }

  @Post(':id/rate')
  @Roles('enterprise')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  rate(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: RateAppealDto): Promise<AppealDto> {
    return this.appeals.rate(viewer, id, body)
  }

  @Post(':id/withdraw')
  @Roles('enterprise')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  withdraw(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.appeals.withdraw(viewer, id, body?.note)
  }

  @Post(':id/opinions')
  @Roles('bureau_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  opinion(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: BodyDto): Promise<AppealDto> {
    return this.appeals.opinion(viewer, id, body.body)
  }

  @Post(':id/messages')
  @Authenticated()
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  message(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: BodyDto): Promise<AppealDto> {
    return this.appeals.message(viewer, id, body.body)
  }

  @Post(':id/extension-requests')
  @Roles('bureau_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  requestExtension(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: ExtensionRequestDto): Promise<AppealDto> {
    return this.appeals.requestExtension(viewer, id, body)
  }

  @Post(':id/extension-requests/:requestId/approve')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  approveExtension(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('requestId') requestId: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.appeals.decideExtension(viewer, id, requestId, true, body?.note)
  }

  @Post(':id/extension-requests/:requestId/refuse')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  refuseExtension(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('requestId') requestId: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.appeals.decideExtension(viewer, id, requestId, false, body?.note)
  }

  @Post(':id/close')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 404, 409)
  close(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.appeals.close(viewer, id, body?.note)
  }
}
