import { Body, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common'
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger'
import type { FastifyReply } from 'fastify'
import { ExportFormatQueryDto } from '../common/export-query.dto.js'
import { sendFile, sendTable } from '../common/send-file.js'
import { EXPORT_CONTENT_TYPES } from '../common/table-files.js'
import { Authenticated, Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import type { Viewer } from '../auth/viewer.js'
import { AttendanceDto, AudiencePreviewRequestDto, CancelNoticeDto, CreateNoticeDto, NoticeListQueryDto, RegisterDto, RenderMarkdownDto, UpdateNoticeDto } from './notice-request.dto.js'
import {
  AudiencePreviewDto,
  MeasureCoverageListDto,
  NoticeCountsDto,
  NoticeCoverageDto,
  NoticeDto,
  NoticeListDto,
  RegistrationListDto,
  RegistrationResultDto,
  RenderedMarkdownDto,
} from './notice-response.dto.js'
import { NoticesByMeasureDto, NoticesByMeasureQueryDto } from './notices-by-measure.dto.js'
import { NoticesByMeasureQueries } from './notices-by-measure.queries.js'
import { NoticeAudienceService } from './notice-audience.service.js'
import { NoticeCalendar } from './notice-calendar.service.js'
import { NoticeCoverage } from './notice-coverage.service.js'
import { NoticeDrafts } from './notice-drafts.service.js'
import { NoticeFollowUp } from './notice-follow-up.service.js'
import { NoticeReads } from './notice-reads.service.js'
import { NoticeRegistrations } from './notice-registrations.service.js'

/** Training notices (辅导培训): one route per action; the services decide who may do what (allowedActions). */
@SignedInController('notices', 'notices')
export class NoticesController {
  constructor(
    private readonly reads: NoticeReads,
    private readonly drafts: NoticeDrafts,
    private readonly audience: NoticeAudienceService,
    private readonly registering: NoticeRegistrations,
    private readonly followUp: NoticeFollowUp,
    private readonly coverageOf: NoticeCoverage,
    private readonly calendars: NoticeCalendar,
    private readonly byMeasure: NoticesByMeasureQueries,
  ) {}

  @Post()
  @Roles('association')
  @ApiOperation({ summary: 'Draft a notice of the caller’s association' })
  @ApiCreatedResponse({ type: NoticeDto })
  @ApiErrors(400)
  create(@CurrentViewer() viewer: Viewer, @Body() body: CreateNoticeDto): Promise<NoticeDto> {
    return this.drafts.create(viewer, body)
  }

  @Post('render')
  @Roles('association', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render Markdown as the API serves notice bodies (the form’s preview)' })
  @ApiOkResponse({ type: RenderedMarkdownDto })
  @ApiErrors(400)
  render(@Body() body: RenderMarkdownDto): RenderedMarkdownDto {
    return this.drafts.render(body.body)
  }

  @Post('audience-preview')
  @Roles('association', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'How many enterprises an audience reaches, and a sample (the form, before saving)' })
  @ApiOkResponse({ type: AudiencePreviewDto })
  @ApiErrors(400)
  previewAudience(@CurrentViewer() viewer: Viewer, @Body() body: AudiencePreviewRequestDto): Promise<AudiencePreviewDto> {
    return this.audience.previewFor(body.audience, body.startsAt, viewer.principal.association)
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The notices the caller may see: an association its own, coordinators and admins all, an enterprise the published ones whose audience includes it' })
  @ApiOkResponse({ type: NoticeListDto })
  @ApiErrors(400)
  list(@CurrentViewer() viewer: Viewer, @Query() query: NoticeListQueryDto): Promise<NoticeListDto> {
    return this.reads.list(viewer, query)
  }

  @Get('counts')
  @Authenticated()
  @ApiOperation({ summary: 'Counts of the notices the caller may see (the association’s 工作台)' })
  @ApiOkResponse({ type: NoticeCountsDto })
  counts(@CurrentViewer() viewer: Viewer): Promise<NoticeCountsDto> {
    return this.reads.counts(viewer)
  }

  @Get('by-measure')
  @Roles('enterprise')
  @ApiOperation({ summary: 'The upcoming training of each measure for the caller’s enterprise: the soonest few per measure and how many in all (the package page)' })
  @ApiOkResponse({ type: NoticesByMeasureDto })
  @ApiErrors(400)
  noticesByMeasure(@CurrentViewer() viewer: Viewer, @Query() query: NoticesByMeasureQueryDto): Promise<NoticesByMeasureDto> {
    return this.byMeasure.list(viewer, query.perMeasure ?? 3)
  }

  @Get('coverage')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Coverage (应知尽知) of each measure linked to a published notice, across all its notices' })
  @ApiOkResponse({ type: MeasureCoverageListDto })
  measureCoverage(@CurrentViewer() viewer: Viewer): Promise<MeasureCoverageListDto> {
    return this.coverageOf.measureCoverage(viewer)
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One notice with its rendered body (an enterprise’s opening is recorded)' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404)
  get(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<NoticeDto> {
    return this.reads.get(viewer, id)
  }

  @Patch(':id')
  @Roles('association')
  @ApiOperation({ summary: 'Change a notice; on a published one a change of audience, time or place notifies the registrants' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(400, 404, 409)
  update(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: UpdateNoticeDto): Promise<NoticeDto> {
    return this.drafts.update(viewer, id, body)
  }

  @Post(':id/publish')
  @Roles('association')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish: every enterprise of the audience is recorded as reached and notified' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404, 409)
  publish(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<NoticeDto> {
    return this.drafts.publish(viewer, id)
  }

  @Post(':id/cancel')
  @Roles('association')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel (the registrants are notified)' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(400, 404, 409)
  cancel(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: CancelNoticeDto = {}): Promise<NoticeDto> {
    return this.drafts.cancel(viewer, id, body?.reason)
  }

  @Get(':id/audience-preview')
  @Roles('association', 'coordinator', 'admin')
  @ApiOperation({ summary: 'How many enterprises the notice’s audience reaches on its date, and a sample' })
  @ApiOkResponse({ type: AudiencePreviewDto })
  @ApiErrors(404)
  audiencePreview(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AudiencePreviewDto> {
    return this.audience.audiencePreview(viewer, id)
  }

  @Post(':id/registrations')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Register the caller’s enterprise: a seat (registered) or the waitlist (waitlisted); capacity holds under concurrent sign-ups' })
  @ApiCreatedResponse({ type: RegistrationResultDto })
  @ApiErrors(400, 404, 409)
  register(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: RegisterDto): Promise<RegistrationResultDto> {
    return this.registering.register(viewer, id, body)
  }

  @Put(':id/registrations/me')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Change the caller’s registration (contact, phone, attendees) until the deadline: the waitlist place is kept; more attendees only into free seats nobody waits for (else 409 NOT_ENOUGH_SEATS, unchanged); fewer move the waitlist up' })
  @ApiOkResponse({ type: RegistrationResultDto })
  @ApiErrors(400, 404, 409)
  changeRegistration(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: RegisterDto): Promise<RegistrationResultDto> {
    return this.registering.change(viewer, id, body)
  }

  @Delete(':id/registrations/me')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Withdraw (until the deadline); the first on the waitlist moves up and is notified' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404, 409)
  withdraw(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<NoticeDto> {
    return this.registering.withdraw(viewer, id)
  }

  @Get(':id/registrations')
  @Roles('association', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Registrations: registered, the waitlist in order, withdrawn' })
  @ApiOkResponse({ type: RegistrationListDto })
  @ApiErrors(404)
  registrations(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<RegistrationListDto> {
    return this.followUp.registrations(viewer, id)
  }

  @Get(':id/registrations/export')
  @Roles('association', 'coordinator', 'admin')
  @ApiOperation({ summary: 'The registrations (GET /api/notices/{id}/registrations, same order) as a file to download: Chinese headers, Shanghai times; CSV (UTF-8 with BOM) or XLSX, named 报名名单-<title>' })
  @ApiProduces(EXPORT_CONTENT_TYPES.csv, EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 404)
  async export(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Query() query: ExportFormatQueryDto, @Res() reply: FastifyReply): Promise<void> {
    await sendTable(reply, await this.followUp.registrationsTable(viewer, id), query.format)
  }

  @Post(':id/attendance')
  @Roles('association')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark attendance of seated registrations (from the start of the event)' })
  @ApiOkResponse({ type: RegistrationListDto })
  @ApiErrors(400, 404, 409)
  attendance(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: AttendanceDto): Promise<RegistrationListDto> {
    return this.followUp.markAttendance(viewer, id, body)
  }

  @Get(':id/coverage')
  @Roles('association', 'coordinator', 'admin')
  @ApiOperation({ summary: 'The coverage funnel (应知尽知): targeted → reached → opened → registered → attended; coordinators also get each linked measure' })
  @ApiOkResponse({ type: NoticeCoverageDto })
  @ApiErrors(404)
  coverage(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<NoticeCoverageDto> {
    return this.coverageOf.coverage(viewer, id)
  }

  @Get(':id/calendar.ics')
  @Authenticated()
  @ApiOperation({ summary: 'The notice as an iCalendar entry' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiErrors(404)
  async calendar(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const { fileName, text } = await this.calendars.calendar(viewer, id)
    await sendFile(reply, { fileName, contentType: 'text/calendar; charset=utf-8', bytes: Buffer.from(text, 'utf8') })
  }
}
