import { Controller, Get } from '@nestjs/common'
import { ApiTags } from '@nestjs/swagger'
import { NoRateLimit } from '../rate-limit/no-rate-limit.decorator.js'
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus'
import { CalendarService } from '../calendar/calendar.service.js'
import { Public } from '../auth/access.decorators.js'

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  @Public()
  @NoRateLimit() // load balancers poll it
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 1500 }), () => this.calendarCheck()])
  }

  /** Degraded (still 200) while the working-day calendar does not cover the next 60 days. */
  private async calendarCheck() {
    const check = this.indicators.check('calendar')
    const coverage = await this.calendar.coverage()
    return coverage.uncoveredFrom === null
      ? check.up({ ...coverage })
      : check.degraded({ ...coverage, message: `The working-day calendar does not cover ${coverage.uncoveredFrom}: deadlines from then on assume Monday–Friday. An administrator should load that year.` })
  }
}
