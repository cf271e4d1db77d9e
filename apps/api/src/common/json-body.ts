import { ApiException } from './error-shape.js'

/**
 * Bounds on a JSON body, checked right after parsing and before anything walks it recursively
 * (class-transformer overflows the stack on deep nesting, and a huge flat object makes validation
 * slow for everyone). No route needs more than a few levels or a few hundred values.
 */
export const JSON_BODY_LIMITS = { maxDepth: 32, maxValues: 10_000 } as const

/** Keys that reach an object's prototype chain when a body is copied key by key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function malformed(message: string): ApiException {
  return new ApiException(400, 'MALFORMED_BODY', message)
}

/**
 * Parses a JSON body; refuses (400 `MALFORMED_BODY`) what is not JSON or not an object (every
 * route takes an object; lists go inside one), nests deeper than
 * `maxDepth`, holds more than `maxValues` values in all, or carries a key that reaches an object's
 * prototype chain when assigned (`__proto__`, `constructor`, `prototype`: no field of the API is
 * called so, and code that copies a body key by key must never meet one).
 */
export function parseJsonBody(text: string, limits: { maxDepth: number; maxValues: number } = JSON_BODY_LIMITS): unknown {
  if (text.trim() === '') throw malformed('The body is empty; send a JSON document')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw malformed(e instanceof SyntaxError ? `The body is not valid JSON: ${e.message}` : 'The body is not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed('The body must be a JSON object')
  // Iterative, so a deep document cannot overflow the stack here either.
  const pending: [unknown, number][] = [[value, 1]]
  let values = 0
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > limits.maxDepth) throw malformed(`The body nests deeper than ${limits.maxDepth} levels`)
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node)
    for (const [key, child] of entries) {
      if (++values > limits.maxValues) throw malformed(`The body holds more than ${limits.maxValues} values`)
      if (FORBIDDEN_KEYS.has(key)) throw malformed(`The body may not use the key "${key}"`)
      pending.push([child, depth + 1])
    }
  }
  return value
}
