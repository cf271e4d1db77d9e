import { Module } from '@nestjs/common'
import { APP_GUARD } from '@nestjs/core'
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js'
import { AuthGuard } from './auth.guard.js'
import { MeController } from './me.controller.js'
import { TokenVerifier } from './token-verifier.js'

@Module({
  controllers: [MeController],
  // Global guards run in this order: the caller is verified first, so limits can count per user.
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }, { provide: APP_GUARD, useClass: RateLimitGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
