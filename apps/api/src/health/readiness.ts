import { Injectable } from '@nestjs/common'

/**
 * Whether this instance should get new traffic. main.ts marks it draining on SIGTERM/SIGINT, at
 * once, before the server stops accepting; GET /api/health/ready then answers 503 so a load
 * balancer takes the instance out while its in-flight requests finish.
 */
@Injectable()
export class Readiness {
  private drainingSince: Date | null = null

  get draining(): boolean {
    return this.drainingSince !== null
  }

  startDraining(): void {
    this.drainingSince ??= new Date()
  }
}
