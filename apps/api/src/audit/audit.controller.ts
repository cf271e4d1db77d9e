import { Get, Query } from '@nestjs/common'
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger'
import { Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { CatalogueChangeListDto, CatalogueChangeQueryDto } from './audit.dto.js'
import { AuditService } from './audit.service.js'

@SignedInController('admin', 'admin/changes')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The audit trail of the catalogues: who changed what, when, before → after (newest first)' })
  @ApiOkResponse({ type: CatalogueChangeListDto })
  @ApiErrors(400)
  list(@Query() query: CatalogueChangeQueryDto): Promise<CatalogueChangeListDto> {
    return this.audit.list(query)
  }
}
