import type { OpenDataRate } from '../../api/open-data'

/** A published rate as the page shows it: `87.5%`, or null when withheld (the page shows "—"). */
export function percentOf(rate: OpenDataRate): string | null {
  return rate.suppressed || rate.rate === null ? null : `${(Math.round(rate.rate * 1000) / 10).toFixed(1)}%`
}

/** Its numerator and denominator, `7/8`; the denominator alone when withheld. */
export function fractionOf(rate: OpenDataRate): string {
  return rate.numerator === null ? `?/${rate.denominator}` : `${rate.numerator}/${rate.denominator}`
}
