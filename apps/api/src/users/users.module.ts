import { Global, Module } from '@nestjs/common'
import { UserDirectory } from './user-directory.service.js'
import { UsersController } from './users.controller.js'

/** Global: the AuthGuard records every verified caller. GET /api/users/coordinators lists the choosable stewards. */
@Global()
@Module({ controllers: [UsersController], providers: [UserDirectory], exports: [UserDirectory] })
export class UsersModule {}
