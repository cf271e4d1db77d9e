import { Controller, Get } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger'
import type { DataSource } from 'typeorm'
import { ApiException } from '../common/error-shape.js'
import { Readiness } from './readiness.js'
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
    private readonly readiness: Readiness,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Liveness: 200 while the process runs and its event loop answers; touches no dependency. */
  @Get('live')
  @Public()
  @NoRateLimit()
  @ApiOkResponse({ description: 'The process is alive.' })
  live(): { status: 'ok' } {
    return { status: 'ok' }
  }

  /**
   * Readiness: 200 while this instance should get traffic; 503 SERVICE_UNAVAILABLE (the error shape)
   * while it drains after SIGTERM or while its database does not answer within 1.5 s.
   */
  @Get('ready')
  @Public()
  @NoRateLimit()
  @ApiOkResponse({ description: 'Ready for traffic.' })
  @ApiServiceUnavailableResponse({ description: 'Draining after SIGTERM, or the database is unreachable.' })
  async ready(): Promise<{ status: 'ok' }> {
    if (this.readiness.draining) throw new ApiException(503, 'SERVICE_UNAVAILABLE', 'Shutting down: this instance takes no new requests')
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), 1500)
    })
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout])
    } catch {
      throw new ApiException(503, 'SERVICE_UNAVAILABLE', 'The database does not answer')
    } finally {
      clearTimeout(timer)
    }
    if (this.readiness.draining) throw new ApiException(503, 'SERVICE_UNAVAILABLE', 'Shutting down: this instance takes no new requests')
    return { status: 'ok' }
  }

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
