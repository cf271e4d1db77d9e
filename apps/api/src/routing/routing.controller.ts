import { Body, Delete, Get, Param, Put } from '@nestjs/common'
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger'
import { CurrentUser, Roles } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { RoutingEntryDto, UpdateRoutingDto } from './routing.dto.js'
import { RoutingService } from './routing.service.js'

@SignedInController('admin', 'admin/routing')
export class RoutingController {
  constructor(private readonly routing: RoutingService) {}

  @Get()
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'The routing catalogue in force: category → lead and assisting bureaus, district government (with the action plan’s default)' })
  @ApiOkResponse({ type: [RoutingEntryDto] })
  list(): Promise<RoutingEntryDto[]> {
    return this.routing.list()
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Change entries (audited); applies to the next dispatch suggestion, never to appeals already dispatched' })
  @ApiOkResponse({ type: [RoutingEntryDto] })
  @ApiErrors(400, 409)
  update(@CurrentUser() user: Principal, @Body() dto: UpdateRoutingDto): Promise<RoutingEntryDto[]> {
    return this.routing.update(user, dto)
  }

  @Delete(':categoryCode')
  @Roles('admin')
  @ApiOperation({ summary: 'Reset one category to the action plan’s default (audited)' })
  @ApiOkResponse({ type: [RoutingEntryDto] })
  @ApiErrors(404)
  reset(@CurrentUser() user: Principal, @Param('categoryCode') categoryCode: string): Promise<RoutingEntryDto[]> {
    return this.routing.reset(user, categoryCode)
  }
}
