import { shanghaiDateOf } from '@servicepack/policy-rules'

/**
 * The time, injected: services never call `new Date()`, so deadline and working-day logic can be
 * tested at fixed instants (`FixedClock`).
 */
export abstract class Clock {
  abstract now(): Date
  /** Today's calendar date in Asia/Shanghai, `YYYY-MM-DD` (the plan's dates are Shanghai dates). */
  today(): string {
    return shanghaiDateOf(this.now())
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date()
  }
}

/** A clock that stands still until told otherwise (tests). */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super()
  }
  now(): Date {
    return new Date(this.instant)
  }
  set(instant: Date | string): void {
    this.instant = new Date(instant)
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms)
  }
}
