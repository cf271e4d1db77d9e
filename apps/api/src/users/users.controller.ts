import { Controller, Get } from '@nestjs/common'
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import { Roles } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { CoordinatorDto } from './user.dto.js'
import { UserDirectory } from './user-directory.service.js'

@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(401, 403, 429)
@Controller('users')
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
