import { Body, Get, Put } from '@nestjs/common'
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger'
import { CurrentUser, Roles } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { DeadlinePolicyDto, UpdateDeadlinePolicyDto } from './deadline-policy.dto.js'
import { DeadlinePolicyService } from './deadline-policy.service.js'

@SignedInController('admin', 'admin/deadline-policy')
export class DeadlinePolicyController {
  constructor(private readonly policies: DeadlinePolicyService) {}

  @Get()
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'The deadline policy in force (working days to accept / answer simple / answer complex, auto-close days, reminder hours)' })
  @ApiOkResponse({ type: DeadlinePolicyDto })
  get(): Promise<DeadlinePolicyDto> {
    return this.policies.get()
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Set the deadline policy (audited); deadlines already set do not move, only new ones follow it' })
  @ApiOkResponse({ type: DeadlinePolicyDto })
  @ApiErrors(400, 409)
  update(@CurrentUser() user: Principal, @Body() dto: UpdateDeadlinePolicyDto): Promise<DeadlinePolicyDto> {
    return this.policies.update(user, dto)
  }
}
