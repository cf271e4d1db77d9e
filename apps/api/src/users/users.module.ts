import { Global, Module } from '@nestjs/common'
import { UserDirectory } from './user-directory.service.js'

/** Global: the AuthGuard records every verified caller. */
@Global()
@Module({ providers: [UserDirectory], exports: [UserDirectory] })
export class UsersModule {}
