import type { Role } from '../auth/principal.js'

/**
 * Whose figures the dashboard (GET /api/metrics/appeals and its export) shows (pure, table-tested):
 * - coordinators and admins: every bureau, or the one they ask for (`?bureau=`);
 * - a bureau officer (without either of those roles): their own bureau's figures only, whatever
 *   they ask for, beside the whole city's totals; an officer without a bureau claim sees no
 *   bureau's figures (NO_BUREAU matches none).
 */
export interface MetricsViewer {
  roles: readonly Role[]
  /** The bureau claim of a bureau officer, else null. */
  bureau: string | null
}

export interface MetricsScope {
  /** The officer's bureau the figures are narrowed to (named in the answer and the file); null: not narrowed by role. */
  scopeBureau: string | null
  /** The bureau whose figures are shown; undefined: every bureau. */
  bureau: string | undefined
  /** Whether the answer carries the whole city's totals beside the bureau's (an officer's comparison). */
  officer: boolean
}

/** A bureau code no bureau has: what an officer without a bureau claim is narrowed to. */
export const NO_BUREAU = '-'

export function metricsScope(viewer: MetricsViewer, requested: string | undefined): MetricsScope {
  const officer = viewer.roles.includes('bureau_officer') && !viewer.roles.includes('coordinator') && !viewer.roles.includes('admin')
  if (!officer) return { scopeBureau: null, bureau: requested, officer: false }
  const own = viewer.bureau ?? NO_BUREAU
  return { scopeBureau: own, bureau: own, officer: true }
}
