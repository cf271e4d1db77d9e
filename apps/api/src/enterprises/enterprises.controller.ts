import { Body, Controller, Get, Header, Param, Put, Query } from '@nestjs/common'
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger'
import { CurrentUser, Roles } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import {
  AssignStewardDto,
  ChangeDto,
  EnterpriseDto,
  EnterpriseListDto,
  EnterpriseListQueryDto,
  PackageDto,
  PackageQueryDto,
  UpdateEnterpriseDto,
} from './enterprise.dto.js'
import { EnterprisesService } from './enterprises.service.js'

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Get('me')
  @Roles('enterprise')
  @ApiOperation({ summary: "The caller's enterprise profile (bound on first call)" })
  @ApiOkResponse({ type: EnterpriseDto })
  async getMine(@CurrentUser() user: Principal): Promise<EnterpriseDto> {
    return this.enterprises.get(await this.enterprises.bindCaller(user))
  }

  @Put('me')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Update the profile; partial, a fact set to null becomes unknown' })
  @ApiOkResponse({ type: EnterpriseDto })
  async updateMine(@CurrentUser() user: Principal, @Body() body: UpdateEnterpriseDto): Promise<EnterpriseDto> {
    return this.enterprises.update(await this.enterprises.bindCaller(user), body, user)
  }

  @Get('me/package')
  @Roles('enterprise')
  @ApiOperation({ summary: '我的服务包: the measures evaluated for this enterprise' })
  @ApiOkResponse({ type: PackageDto })
  async myPackage(@CurrentUser() user: Principal, @Query() query: PackageQueryDto): Promise<PackageDto> {
    return this.enterprises.package(await this.enterprises.bindCaller(user), query.asOf)
  }

  @Get('me/history')
  @Roles('enterprise')
  @ApiOkResponse({ type: [ChangeDto] })
  async myHistory(@CurrentUser() user: Principal): Promise<ChangeDto[]> {
    return this.enterprises.history(await this.enterprises.bindCaller(user))
  }

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'List enterprises, 重点企业 first; search and paging' })
  @ApiOkResponse({ type: EnterpriseListDto })
  list(@Query() query: EnterpriseListQueryDto): Promise<EnterpriseListDto> {
    return this.enterprises.list(query)
  }

  @Get('export.csv')
  @Roles('coordinator', 'admin')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="enterprises.csv"')
  @ApiOperation({ summary: 'Export the filtered list as CSV (no paging)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  exportCsv(@Query() query: EnterpriseListQueryDto): Promise<string> {
    return this.enterprises.exportCsv(query)
  }

  @Get(':uscc')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: EnterpriseDto })
  get(@Param('uscc') uscc: string): Promise<EnterpriseDto> {
    EnterprisesService.assertUscc(uscc)
    return this.enterprises.get(uscc)
  }

  @Get(':uscc/package')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: PackageDto })
  package(@Param('uscc') uscc: string, @Query() query: PackageQueryDto): Promise<PackageDto> {
    EnterprisesService.assertUscc(uscc)
    return this.enterprises.package(uscc, query.asOf)
  }

  @Get(':uscc/history')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [ChangeDto] })
  history(@Param('uscc') uscc: string): Promise<ChangeDto[]> {
    EnterprisesService.assertUscc(uscc)
    return this.enterprises.history(uscc)
  }

  @Put(':uscc/steward')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Assign the enterprise its 服务管家' })
  @ApiOkResponse({ type: EnterpriseDto })
  assignSteward(@Param('uscc') uscc: string, @Body() body: AssignStewardDto, @CurrentUser() user: Principal): Promise<EnterpriseDto> {
    EnterprisesService.assertUscc(uscc)
    return this.enterprises.assignSteward(uscc, body, user)
  }
}
