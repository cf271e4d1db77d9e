import { Controller, Get } from '@nestjs/common'
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger'
import { Authenticated, CurrentUser } from './access.decorators.js'
import { MeDto } from './me.dto.js'
import type { Principal } from './principal.js'

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeDto, description: 'The signed-in user as the API sees them' })
  me(@CurrentUser() user: Principal): MeDto {
    return {
      sub: user.sub,
      username: user.username,
      name: user.name,
      roles: user.roles,
      enterpriseUscc: user.enterpriseUscc,
      bureau: user.bureau,
      association: user.association,
    }
  }
}
