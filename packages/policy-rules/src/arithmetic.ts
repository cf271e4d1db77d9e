/**
 * Integer money arithmetic. Amounts are integer yuan; percentages and rates are basis points
 * (1 bp = 0.01 %, 10 000 bp = 100 %). Every division rounds down (floor): the engine never
 * promises more than the text allows.
 */

export const BPS = 10_000

/**
 * floor(a × b ÷ d) for integers a ≥ 0, b ≥ 0, d > 0, without forming a × b: exact as long as the
 * result and (d × b) are safe integers.
 */
export function mulDivFloor(a: number, b: number, d: number): number {
  const q = Math.floor(a / d)
  const r = a - q * d
  return q * b + Math.floor((r * b) / d)
}

/** floor(amount × bps ÷ 10 000). */
export function applyBps(amount: number, bps: number): number {
  return mulDivFloor(amount, bps, BPS)
}

/**
 * floor(quantity × perUnit) for a quantity that may have decimals (tonnes), never more than the
 * exact product of the quantity as written. A quantity with at most six decimals (to the gram) is
 * read as that decimal — 1.0006 t is 1 000 600 millionths of a tonne, not the nearest double — and
 * multiplied in integers; a quantity with more decimals is first truncated to whole millionths
 * (rounded down, so the result still never exceeds the text). Exact for quantities below 10^9.
 */
export function perUnit(quantity: number, perUnitYuan: number): number {
  if (Number.isInteger(quantity)) return quantity * perUnitYuan
  let micro = Math.round(quantity * MICRO)
  if (micro / MICRO !== quantity) {
    // More than six decimals: the largest whole number of millionths not above the quantity.
    micro = Math.floor(quantity * MICRO)
    if (micro / MICRO > quantity) micro -= 1
  }
  return mulDivFloor(micro, perUnitYuan, MICRO)
}

const MICRO = 1_000_000

/** Percentage text from basis points: 3000 → "30%", 80 → "0.8%", 125 → "1.25%". */
export function bpsToPercent(bps: number): string {
  const whole = Math.floor(bps / 100)
  const rest = bps - whole * 100
  if (rest === 0) return whole + '%'
  const frac = rest < 10 ? '0' + rest : String(rest)
  return whole + '.' + (frac.endsWith('0') ? frac.slice(0, 1) : frac) + '%'
}
