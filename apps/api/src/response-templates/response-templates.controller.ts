import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common'
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger'
import { CurrentUser, Roles } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { CreateResponseTemplateDto, ResponseTemplateDto, ResponseTemplateQueryDto, UpdateResponseTemplateDto } from './response-template.dto.js'
import { ResponseTemplatesService } from './response-templates.service.js'

/** The administrators' side: every bureau's templates. */
@SignedInController('admin', 'admin/response-templates')
export class ResponseTemplatesAdminController {
  constructor(private readonly templates: ResponseTemplatesService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Response templates, of every bureau or of one' })
  @ApiOkResponse({ type: [ResponseTemplateDto] })
  @ApiErrors(400)
  list(@CurrentUser() user: Principal, @Query() query: ResponseTemplateQueryDto): Promise<ResponseTemplateDto[]> {
    return this.templates.list(user, query.bureau)
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a template for a bureau (audited)' })
  @ApiCreatedResponse({ type: ResponseTemplateDto })
  @ApiErrors(400)
  create(@CurrentUser() user: Principal, @Body() dto: CreateResponseTemplateDto): Promise<ResponseTemplateDto> {
    return this.templates.create(user, dto)
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a template (audited; 409 when someone changed it since it was read)' })
  @ApiOkResponse({ type: ResponseTemplateDto })
  @ApiErrors(400, 404, 409)
  update(@CurrentUser() user: Principal, @Param('id') id: string, @Body() dto: UpdateResponseTemplateDto): Promise<ResponseTemplateDto> {
    return this.templates.update(user, id, dto)
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Remove a template (audited)' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  remove(@CurrentUser() user: Principal, @Param('id') id: string): Promise<void> {
    return this.templates.remove(user, id)
  }
}

/** The handlers' side: a bureau officer reads their own bureau's templates when answering. */
@SignedInController('appeals', 'response-templates')
export class ResponseTemplatesController {
  constructor(private readonly templates: ResponseTemplatesService) {}

  @Get()
  @Roles('bureau_officer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'The templates the caller may answer with: a bureau officer, their own bureau’s; others, one bureau’s or all' })
  @ApiOkResponse({ type: [ResponseTemplateDto] })
  @ApiErrors(400)
  list(@CurrentUser() user: Principal, @Query() query: ResponseTemplateQueryDto): Promise<ResponseTemplateDto[]> {
    return this.templates.list(user, query.bureau)
  }
}
