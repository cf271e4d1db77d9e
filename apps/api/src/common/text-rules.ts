/**
 * What text the API stores. One home for the character rules every route and DTO uses:
 * - everywhere (body, query, path; values and keys): no NUL or other control characters but tab
 *   and line breaks, no lone surrogates, no bidirectional overrides or marks (U+202E and friends);
 *   strings are NFC-normalised;
 * - single-line fields (names, phones, search terms): additionally no tab, CR, LF or zero-width
 *   characters, and surrounding white space trimmed.
 */

/** C0 controls but tab/LF/CR, DEL, C1 controls, bidi embeddings/overrides/isolates and marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ALWAYS_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
/** What a one-line field may not hold besides: tab, line breaks, zero-width characters, BOM. */
const LINE_BREAKING = /[\t\n\r\u2028\u2029\u200B-\u200D\u2060\uFEFF]/

export type TextProblem = 'lone-surrogate' | 'control' | 'line-break'

/** Why a string may not be stored anywhere, or null. */
export function textProblem(value: string): TextProblem | null {
  if (!value.isWellFormed()) return 'lone-surrogate'
  if (ALWAYS_FORBIDDEN.test(value)) return 'control'
  return null
}

/** Why a string may not be stored in a one-line field, or null. */
export function singleLineProblem(value: string): TextProblem | null {
  return textProblem(value) ?? (LINE_BREAKING.test(value) ? 'line-break' : null)
}

export const textProblemMessages: Record<TextProblem, string> = {
  'lone-surrogate': 'contains an unpaired surrogate (not valid Unicode text)',
  control: 'contains control or bidirectional-override characters',
  'line-break': 'must be one line without tabs or zero-width characters',
}

/** Trims and NFC-normalises a one-line value; leaves anything that is not a string alone. */
export function normaliseLine(value: unknown): unknown {
  return typeof value === 'string' && value.isWellFormed() ? value.normalize('NFC').trim() : value
}

/**
 * Every string (and key) inside `value` that may not be stored, with its dotted path. Also returns
 * the value with all strings NFC-normalised. Recursive: bodies are at most JSON_BODY_LIMITS.maxDepth
 * deep by the time they get here, and queries and path parameters are flat.
 */
export function checkText(value: unknown, root: string): { problems: { field: string; problem: TextProblem }[]; value: unknown } {
  const problems: { field: string; problem: TextProblem }[] = []
  const join = (base: string, key: string) => (base ? `${base}.${key}` : key)
  const visit = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') {
      const problem = textProblem(node)
      if (problem) {
        problems.push({ field: path || root, problem })
        return node
      }
      return node.normalize('NFC')
    }
    if (Array.isArray(node)) return node.map((v, i) => visit(v, join(path, String(i))))
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(node)) {
        const keyProblem = textProblem(key)
        if (keyProblem) {
          problems.push({ field: join(path, JSON.stringify(key).slice(1, -1)), problem: keyProblem })
          continue
        }
        out[key] = visit(child, join(path, key))
      }
      return out
    }
    return node
  }
  const normalised = visit(value, root)
  return { problems, value: normalised }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
