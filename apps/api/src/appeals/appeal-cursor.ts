import { isCalendarDate } from '@servicepack/policy-rules'
import type { AppealSort } from './appeal-list-query.dto.js'

/**
 * Keyset paging: the cursor is the sort key and id of the last row of a page, base64url-encoded.
 * Pure, so the list query and its tests agree on the order.
 */
export interface CursorKey {
  /** ISO instant of the sort column (created_at, or the due date; null sorts last). */
  at: string | null
  id: string
  /**
   * The leading key of a coordinator's list: the row is in the part of their own enterprises' appeals
   * (true, read first) or of the others (false). Absent in a list of one part.
   */
  mine?: boolean
}

export function encodeCursor(key: CursorKey): string {
  const value = key.mine === undefined ? [key.at, key.id] : [key.at, key.id, key.mine]
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

/**
 * The instant as the list query writes it (`to_char(… 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, UTC to the
 * microsecond): nothing else is a cursor's `at` — not a bare year, "0", a six-digit year or an offset.
 */
const AT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/
/** A row id as PostgreSQL writes a uuid (lower-case hex, 8-4-4-4-12). */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The key of a cursor, or null when it is not one the API made (strictly its shape: safe to bind in SQL). */
export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length < 2 || value.length > 3) return null
    const [at, id, mine] = value as unknown[]
    if (at !== null && (typeof at !== 'string' || !isCursorInstant(at))) return null
    if (typeof id !== 'string' || !ID.test(id)) return null
    if (value.length === 3 && typeof mine !== 'boolean') return null
    return typeof mine === 'boolean' ? { at, id, mine } : { at, id }
  } catch {
    return null
  }
}

function isCursorInstant(at: string): boolean {
  const m = AT.exec(at)
  return m !== null && isCalendarDate(m[1])
}

export type OrderTerm = [expression: string, direction: 'ASC' | 'DESC', nulls?: 'NULLS LAST']

/** The ORDER BY terms and the "after the cursor" condition of a sort, on alias `a`. */
export function sortSql(sort: AppealSort): { column: string; orderBy: OrderTerm[]; after: (p: string) => string } {
  switch (sort) {
    case 'created_asc':
      return { column: 'a.created_at', orderBy: [['a.created_at', 'ASC'], ['a.id', 'ASC']], after: (p) => `(a.created_at, a.id) > (:${p}At, :${p}Id)` }
    case 'due_asc':
      // the deadline that applies now; appeals without one come last
      return {
        column: DUE_SQL,
        orderBy: [[DUE_SQL, 'ASC', 'NULLS LAST'], ['a.id', 'ASC']],
        after: (p) => `((${DUE_SQL} IS NOT NULL AND :${p}At::timestamptz IS NOT NULL AND (${DUE_SQL}, a.id) > (:${p}At::timestamptz, :${p}Id)) OR (${DUE_SQL} IS NULL AND (:${p}At::timestamptz IS NOT NULL OR a.id > :${p}Id)))`,
      }
    case 'created_desc':
    default:
      return { column: 'a.created_at', orderBy: [['a.created_at', 'DESC'], ['a.id', 'DESC']], after: (p) => `(a.created_at, a.id) < (:${p}At, :${p}Id)` }
  }
}

/** The deadline that applies in the current status (accept, answer, rating), as SQL on alias `a`. */
export const DUE_SQL = `(CASE a.status WHEN 'dispatched' THEN a.accept_due_at WHEN 'in_progress' THEN a.answer_due_at WHEN 'responded' THEN a.rate_due_at END)`
