import { DynamicModule, Global, Module } from '@nestjs/common'
import { Clock, SystemClock } from './clock.js'

/** What every feature may inject: the clock (a fixed one in tests). */
@Global()
@Module({})
export class CommonModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: CommonModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] }
  }
}
