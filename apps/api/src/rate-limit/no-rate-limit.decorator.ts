import { SkipThrottle } from '@nestjs/throttler'
import { THROTTLER_NAMES } from './rate-limits.js'

/** Exempts a route from every rate limit (the health check, which load balancers poll). */
export const NoRateLimit = () => SkipThrottle(Object.fromEntries(THROTTLER_NAMES.map((n) => [n, true])))
