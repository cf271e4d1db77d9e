import { applyDecorators, Body, Delete, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common'
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { MAX_ATTACHMENT_BYTES } from '../attachments/attachment-type.js'
import { Authenticated, Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { sendFile, sendTable } from '../common/send-file.js'
import { EXPORT_CONTENT_TYPES } from '../common/table-files.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import type { Viewer } from '../auth/viewer.js'
import { AppealAttachmentsService } from './appeal-attachments.service.js'
import { APPEAL_EXPORT_MAX_ROWS } from './appeal-export.js'
import { AppealIntake } from './appeal-intake.service.js'
import { AppealLifecycle } from './appeal-lifecycle.service.js'
import { AppealCountsQueryDto, AppealExportQueryDto, AppealListQueryDto } from './appeal-list-query.dto.js'
import { AppealQueries } from './appeal-queries.service.js'
import { BodyDto, CreateAppealDto, DispatchAppealDto, ExtensionRequestDto, OptionalNoteDto, RateAppealDto, ReasonDto, RespondAppealDto } from './appeal-request.dto.js'
import { AppealCountsDto, AppealDto, AppealEventDto, AppealListDto, AttachmentDto } from './appeal-response.dto.js'

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/

/**
 * A command on one appeal (appeal-lifecycle.service.ts): who may send it; answered 200 with the appeal as
 * it now is, 400 for a bad body, 404 when the caller cannot see the appeal, 409 when the appeal's state
 * (or the caller's part in it) does not allow the command.
 */
const AppealCommand = (access: MethodDecorator) => applyDecorators(access, HttpCode(200), ApiOkResponse({ type: AppealDto }), ApiErrors(400, 404, 409))

/** Multipart limits of an upload: room for one part too many, so it is refused by name rather than dropped. */
const UPLOAD_LIMITS = { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 1, parts: 2 }
/** @fastify/multipart's errors for a part past the limits: a second file or a field beside the file. */
const PART_LIMIT_ERRORS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT'])
const notOneFile = () => new InputInvalidException([fieldProblem('file', 'TOO_LONG', 'Send one file only, in the multipart field "file", and nothing else')])

/**
 * The one file of an upload: exactly one part, a file named `file` with a file name. A part without
 * a file name (some clients send octet-stream parts so), a second file or any other part is a 400
 * naming `file`; a malformed multipart body is a 400, a file past the limit a 413.
 */
async function readUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  let upload: { fileName: string; bytes: Buffer } | null = null
  try {
    for await (const part of request.parts({ limits: UPLOAD_LIMITS })) {
      if (upload) throw notOneFile()
      if (part.fieldname !== 'file') throw new InputInvalidException([fieldProblem('file', 'REQUIRED', `The multipart field "file" is missing (got a part "${part.fieldname.slice(0, 40)}")`)])
      if (part.type !== 'file' || !part.filename) throw new InputInvalidException([fieldProblem('file', 'FORMAT', 'The part "file" must be a file with a file name (Content-Disposition: form-data; name="file"; filename="…")')])
      upload = { fileName: part.filename, bytes: await part.toBuffer() }
    }
  } catch (e) {
    if (e instanceof ApiException || e instanceof InputInvalidException) throw e
    if (PART_LIMIT_ERRORS.has((e as { code?: string }).code ?? '')) throw notOneFile()
    const status = (e as { statusCode?: number }).statusCode
    if (status === 413) throw new ApiException(413, 'PAYLOAD_TOO_LARGE', `A file may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`)
    throw new ApiException(400, 'MALFORMED_BODY', `The multipart body could not be read: ${e instanceof Error ? e.message : 'malformed'}`)
  }
  if (!upload) throw new InputInvalidException([fieldProblem('file', 'REQUIRED', 'The multipart field "file" is missing')])
  return upload
}

/** Appeals (诉求): one route per action; the service decides who may do what (allowedActions). */
@SignedInController('appeals', 'appeals')
export class AppealsController {
  constructor(
    private readonly intake: AppealIntake,
    private readonly queries: AppealQueries,
    private readonly lifecycle: AppealLifecycle,
    private readonly attachments: AppealAttachmentsService,
  ) {}

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
    const { appeal, created } = await this.intake.create(viewer, viewer.boundUscc!, body, key ?? null)
    void reply.status(created ? 201 : 200)
    return appeal
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The appeals the caller may see, filtered, sorted, keyset-paged' })
  @ApiOkResponse({ type: AppealListDto })
  @ApiErrors(400)
  list(@CurrentViewer() viewer: Viewer, @Query() query: AppealListQueryDto): Promise<AppealListDto> {
    return this.queries.list(viewer, query)
  }

  @Get('export')
  @Authenticated()
  @ApiOperation({
    summary: `The list (GET /api/appeals) as a file to download: the same filters and sort without paging, the same scope (an enterprise gets its own appeals, a bureau officer those where the bureau leads or assists); Chinese headers, Shanghai times; CSV (UTF-8 with BOM) or XLSX, named 诉求-<Shanghai date>; at most ${APPEAL_EXPORT_MAX_ROWS} rows — more is refused with 400 EXPORT_TOO_LARGE (never truncated)`,
  })
  @ApiProduces(EXPORT_CONTENT_TYPES.csv, EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400)
  async export(@CurrentViewer() viewer: Viewer, @Query() query: AppealExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { format, ...filters } = query
    const table = await this.queries.exportTable(viewer, filters)
    await sendTable(reply, table, format)
  }

  @Get('counts')
  @Authenticated()
  @ApiOperation({ summary: 'Counts per status and the to-do counts (overdue, due soon, pending extension) of what the caller may see, under the list’s non-tab filters' })
  @ApiOkResponse({ type: AppealCountsDto })
  @ApiErrors(400)
  counts(@CurrentViewer() viewer: Viewer, @Query() query: AppealCountsQueryDto): Promise<AppealCountsDto> {
    return this.queries.counts(viewer, query)
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(404)
  get(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AppealDto> {
    return this.queries.get(viewer, id)
  }

  @Get(':id/events')
  @Authenticated()
  @ApiOperation({ summary: 'The timeline, oldest first' })
  @ApiOkResponse({ type: [AppealEventDto] })
  @ApiErrors(404)
  events(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AppealEventDto[]> {
    return this.queries.events(viewer, id)
  }

  @Post(':id/attachments')
  @Authenticated()
  @ApiOperation({ summary: 'Attach one file (multipart field "file"): PDF, JPG, PNG, DOCX or XLSX by content, ≤ 10 MB, ≤ 5 per appeal' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiErrors(400, 404, 409, 413, 503)
  async attach(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Req() request: FastifyRequest): Promise<AttachmentDto> {
    if (!request.isMultipart()) throw new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"')
    const file = await readUpload(request)
    return this.attachments.add(viewer, id, file)
  }

  @Get(':id/attachments/:attachmentId')
  @Authenticated()
  @ApiOperation({ summary: 'Download an attachment (Content-Disposition: attachment, nosniff)' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(404, 503)
  async download(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('attachmentId') attachmentId: string, @Res() reply: FastifyReply): Promise<void> {
    const { meta, bytes } = await this.attachments.get(viewer, id, attachmentId)
    await sendFile(reply, { fileName: meta.fileName, contentType: meta.contentType, bytes })
  }

  @Delete(':id/attachments/:attachmentId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an attachment you added, while the appeal is open (the timeline keeps a detach entry)' })
  @ApiNoContentResponse()
  @ApiErrors(403, 404, 409)
  removeAttachment(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('attachmentId') attachmentId: string): Promise<void> {
    return this.attachments.remove(viewer, id, attachmentId)
  }

  @Post(':id/dispatch')
  @AppealCommand(Roles('coordinator'))
  dispatch(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: DispatchAppealDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'dispatch', body)
  }

  @Post(':id/accept')
  @Roles('bureau_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(404, 409)
  accept(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'accept', {})
  }

  @Post(':id/return')
  @AppealCommand(Roles('bureau_officer'))
  returnToCoordinator(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: ReasonDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'return', { reason: body.reason })
  }

  @Post(':id/respond')
  @AppealCommand(Roles('bureau_officer'))
  respond(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: RespondAppealDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'respond', body)
  }

  @Post(':id/rate')
  @AppealCommand(Roles('enterprise'))
  rate(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: RateAppealDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'rate', body)
  }

  @Post(':id/withdraw')
  @AppealCommand(Roles('enterprise'))
  withdraw(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'withdraw', { note: body?.note })
  }

  @Post(':id/opinions')
  @AppealCommand(Roles('bureau_officer'))
  opinion(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: BodyDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'opinion', { body: body.body })
  }

  @Post(':id/messages')
  @AppealCommand(Authenticated())
  message(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: BodyDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'message', { body: body.body })
  }

  @Post(':id/extension-requests')
  @AppealCommand(Roles('bureau_officer'))
  requestExtension(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: ExtensionRequestDto): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'request_extension', body)
  }

  @Post(':id/extension-requests/:requestId/approve')
  @AppealCommand(Roles('coordinator'))
  approveExtension(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('requestId') requestId: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'approve_extension', { requestId, note: body?.note })
  }

  @Post(':id/extension-requests/:requestId/refuse')
  @AppealCommand(Roles('coordinator'))
  refuseExtension(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('requestId') requestId: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'refuse_extension', { requestId, note: body?.note })
  }

  @Post(':id/close')
  @AppealCommand(Roles('coordinator'))
  close(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: OptionalNoteDto = {}): Promise<AppealDto> {
    return this.lifecycle.run(viewer, id, 'close', { note: body?.note })
  }
}
