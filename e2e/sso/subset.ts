/**
 * Where `actual` does not hold what `expected` says: every key of an expected object must be in the
 * actual one with an equal value (recursively); arrays of objects are matched by `clientId`, `username`
 * or `name`, arrays of scalars as sets. Returns the paths that differ, each with both values.
 */
export function differences(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`]
    if (expected.every((e) => e === null || typeof e !== 'object')) {
      const a = new Set(actual.map((x) => JSON.stringify(x)))
      const e = new Set(expected.map((x) => JSON.stringify(x)))
      return a.size === e.size && [...e].every((x) => a.has(x)) ? [] : [`${path}: expected ${[...e].join(',')}, got ${[...a].join(',')}`]
    }
    return expected.flatMap((item: Record<string, unknown>, i) => {
      const key = ['clientId', 'username', 'name'].find((k) => k in item)
      const match = key ? actual.find((a: Record<string, unknown>) => a?.[key] === item[key]) : actual[i]
      const label = key ? `${path}[${key}=${String(item[key])}]` : `${path}[${i}]`
      return match === undefined ? [`${label}: missing`] : differences(item, match, label)
    })
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`]
    return Object.entries(expected).flatMap(([k, v]) => differences(v, (actual as Record<string, unknown>)[k], `${path}.${k}`))
  }
  return expected === actual ? [] : [`${path}: file ${JSON.stringify(expected)}, Keycloak ${JSON.stringify(actual)}`]
}
