import { Get } from '@nestjs/common'
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger'
import { Roles } from '../auth/access.decorators.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { CoordinatorDto } from './user.dto.js'
import { UserDirectory } from './user-directory.service.js'

@SignedInController('users', 'users')
export class UsersController {
  constructor(private readonly users: UserDirectory) {}

  @Get('coordinators')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'The coordinators who have signed in: the choosable 服务管家, by name' })
  @ApiOkResponse({ type: [CoordinatorDto] })
  coordinators(): Promise<CoordinatorDto[]> {
    return this.users.coordinators()
  }
}
