import { competitionRanks, rankingScore } from '@servicepack/policy-rules'
/**
 * The 三率 as open data (pure): a month's frozen counts per lead bureau become the published table —
 * each rate with its numerator and denominator, small denominators suppressed, the ranking and its
 * change from the month before. Definitions as on the dashboard (metrics/appeal-rates.ts).
 */

/** Changes when a definition, the suppression rule or the ranking rule changes (published with every month). */
export const METHOD_VERSION = '2026.1'

/** A rate whose denominator is below this is not published (nor its numerator): a few appeals could single out an enterprise. */
export const MIN_DENOMINATOR = 5

/** The counts frozen for one bureau (as lead) and one month. */
export interface FrozenCounts {
  dispatched: number
  acceptedOnTime: number
  responded: number
  respondedOnTime: number
  rated: number
  resolved: number
  /** 满意 + 基本满意 */
  satisfied: number
}

export const RATE_KEYS = ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeAnswerRate'] as const
export type RateKey = (typeof RATE_KEYS)[number]

/** Each rate's numerator and denominator among the frozen counts. */
export const RATE_PARTS: Record<RateKey, { numerator: keyof FrozenCounts; denominator: keyof FrozenCounts }> = {
  responseRate: { numerator: 'acceptedOnTime', denominator: 'dispatched' },
  resolutionRate: { numerator: 'resolved', denominator: 'rated' },
  satisfactionRate: { numerator: 'satisfied', denominator: 'rated' },
  onTimeAnswerRate: { numerator: 'respondedOnTime', denominator: 'responded' },
}

export interface RateCell {
  /** null when suppressed */
  numerator: number | null
  denominator: number
  /** 0–1; null when suppressed (or nothing to divide by) */
  rate: number | null
  suppressed: boolean
}

export function rateCell(numerator: number, denominator: number): RateCell {
  if (denominator < MIN_DENOMINATOR) return { numerator: null, denominator, rate: null, suppressed: true }
  return { numerator, denominator, rate: numerator / denominator, suppressed: false }
}

export type RateCells = Record<RateKey, RateCell>

export function cellsOf(c: FrozenCounts): RateCells {
  return Object.fromEntries(RATE_KEYS.map((k) => [k, rateCell(c[RATE_PARTS[k].numerator], c[RATE_PARTS[k].denominator])])) as RateCells
}

/** The ranking score (policy-rules' `rankingScore`, the dashboard's rule too): the mean of the published (unsuppressed) rates; null when none is published (not ranked). */
export function scoreOf(cells: RateCells): number | null {
  return rankingScore(RATE_KEYS.map((k) => cells[k].rate))
}

/** Places gained since last month (positive = moved up); null when either month has no rank. */
export function rankChange(previous: number | undefined, current: number | undefined): number | null {
  return previous === undefined || current === undefined ? null : previous - current
}

export interface OpenDataRow extends RateCells {
  bureau: string
  rank: number | null
  previousRank: number | null
  rankChange: number | null
}

/** A month's table: one row per bureau with any count, ranked bureaus first by rank, then the unranked by code. */
export function monthTable(current: ReadonlyMap<string, FrozenCounts>, previous: ReadonlyMap<string, FrozenCounts> | null): OpenDataRow[] {
  const cells = new Map([...current].map(([b, c]) => [b, cellsOf(c)] as const))
  const now = competitionRanks(new Map([...cells].map(([b, c]) => [b, scoreOf(c)])))
  const before = previous ? competitionRanks(new Map([...previous].map(([b, c]) => [b, scoreOf(cellsOf(c))]))) : new Map<string, number>()
  return [...cells]
    .map(([bureau, c]) => ({ bureau, ...c, rank: now.get(bureau) ?? null, previousRank: before.get(bureau) ?? null, rankChange: rankChange(before.get(bureau), now.get(bureau)) }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.bureau.localeCompare(b.bureau))
}

/** The city's counts: every bureau's added up. */
export function cityCounts(bureaus: Iterable<FrozenCounts>): FrozenCounts {
  const sum: FrozenCounts = { dispatched: 0, acceptedOnTime: 0, responded: 0, respondedOnTime: 0, rated: 0, resolved: 0, satisfied: 0 }
  for (const c of bureaus) for (const k of Object.keys(sum) as (keyof FrozenCounts)[]) sum[k] += c[k]
  return sum
}

const MONTH = /^(\d{4})-(\d{2})$/

/** `YYYY-MM` of a real month in the plan's service years (2000–2099), or null. */
export function parseMonth(s: string): string | null {
  const m = MONTH.exec(s)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  return year >= 2000 && year <= 2099 && month >= 1 && month <= 12 ? s : null
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The first and last calendar day of a month. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) }
}
