import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common'
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import { Public, Roles } from '../auth/access.decorators.js'
import type { Viewer } from '../auth/viewer.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import { AnswerSuggestionsService } from './answer-suggestions.service.js'
import {
  AnswerAppealDraftDto,
  AnswerDto,
  AnswerListDto,
  AnswerListQueryDto,
  AnswerNoteDto,
  AnswerReviewDto,
  AnswerReviewListDto,
  AnswerReviewQueryDto,
  ApproveAnswerDto,
  ProposeAnswerDto,
  SuggestionEventDto,
  SuggestionStatsDto,
  SupersedeAnswerDto,
} from './answers.dto.js'
import { AnswersService } from './answers.service.js'

/** 政策问答: public answers written from answered appeals; searched by anyone (rate-limited per address like every anonymous request). */
@ApiTags('answers')
@Controller('answers')
export class AnswersController {
  constructor(
    private readonly answers: AnswersService,
    private readonly suggestions: AnswerSuggestionsService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published answers (政策问答): Chinese full-text search `q` (segmented, synonyms, typos), filters by measure, category and answering bureau; paged' })
  @ApiOkResponse({ type: AnswerListDto })
  @ApiErrors(400, 429)
  list(@Query() query: AnswerListQueryDto): Promise<AnswerListDto> {
    return this.answers.list(query)
  }

  @Get('review')
  @Roles('coordinator', 'admin', 'bureau_officer')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The review queue (default: proposed): all for coordinators and admins, the bureau's own for a bureau officer" })
  @ApiOkResponse({ type: AnswerReviewListDto })
  @ApiErrors(400)
  async review(@CurrentViewer() viewer: Viewer, @Query() query: AnswerReviewQueryDto): Promise<AnswerReviewListDto> {
    return { items: await this.answers.review(viewer, query.status ?? 'proposed') }
  }

  @Get('suggestion-stats')
  @Roles('coordinator', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'How often an answer suggested on the intake form made the appeal unnecessary (the form left after opening one)' })
  @ApiOkResponse({ type: SuggestionStatsDto })
  stats(): Promise<SuggestionStatsDto> {
    return this.suggestions.stats()
  }

  @Get('drafts/:appealId')
  @Roles('bureau_officer')
  @ApiBearerAuth()
  @ApiOperation({ summary: "A starting point for a public answer from an appeal the bureau leads (its title and the bureau's answer, empty before it answered), with what would identify the enterprise flagged" })
  @ApiOkResponse({ type: AnswerAppealDraftDto })
  @ApiErrors(404)
  draft(@CurrentViewer() viewer: Viewer, @Param('appealId') appealId: string): Promise<AnswerAppealDraftDto> {
    return this.answers.draftFromAppeal(viewer, appealId)
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A published (or superseded) answer, with its measure citation' })
  @ApiOkResponse({ type: AnswerDto })
  @ApiErrors(404, 429)
  get(@Param('id') id: string): Promise<AnswerDto> {
    return this.answers.get(null, id)
  }

  @Post()
  @Roles('bureau_officer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A bureau proposes a public answer from an appeal it led and answered (400 ANSWER_IDENTIFIES_ENTERPRISE lists what names the enterprise)' })
  @ApiCreatedResponse({ type: AnswerReviewDto })
  @ApiErrors(400, 404, 409)
  propose(@CurrentViewer() viewer: Viewer, @Body() body: ProposeAnswerDto): Promise<AnswerReviewDto> {
    return this.answers.propose(viewer, body)
  }

  @Post(':id/approve')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Approve a proposal, with edits: published and searchable; the enterprise is told (answer_published)' })
  @ApiOkResponse({ type: AnswerDto })
  @ApiErrors(400, 404, 409)
  approve(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: ApproveAnswerDto): Promise<AnswerDto> {
    return this.answers.approve(viewer, id, body)
  }

  @Post(':id/decline')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AnswerDto })
  @ApiErrors(400, 404, 409)
  decline(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: AnswerNoteDto): Promise<AnswerDto> {
    return this.answers.decline(viewer, id, body.note)
  }

  @Post(':id/withdraw')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AnswerDto })
  @ApiErrors(400, 404, 409)
  withdraw(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: AnswerNoteDto): Promise<AnswerDto> {
    return this.answers.withdraw(viewer, id, body.note)
  }

  @Post(':id/supersede')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A newer answer replaces an approved one (both kept; the old one points to the new one)' })
  @ApiOkResponse({ type: AnswerDto, description: 'the newer answer' })
  @ApiErrors(400, 404, 409)
  supersede(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Body() body: SupersedeAnswerDto): Promise<AnswerDto> {
    return this.answers.supersede(viewer, id, body)
  }

  @Post('suggestion-events')
  @Roles('enterprise')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The intake form reports what became of its suggestions: an answer opened, the form left, the appeal submitted (fetch keepalive on leaving)' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  async event(@CurrentViewer() viewer: Viewer, @Body() body: SuggestionEventDto): Promise<void> {
    await this.suggestions.record(viewer, body)
  }
}
