/**
 * The generator: for one operation of the document and its caller, every hostile request —
 * each path parameter, query parameter, header and body field meets the cases of its type while
 * everything else stays valid (real ids, a valid body). Each request names what it covers.
 */
import type { DemoUser } from '../helpers/tokens.js'
import type { Caller } from './callers.js'
import type { Fixtures } from './fixtures.js'
import { bodyCases, headerCases, multipartCases, pathCases, queryCases, wholeBodyCases } from './hostile-values.js'
import { setAt, type Operation } from './openapi-walk.js'

export interface PlannedRequest {
  /** what it covers: `path:id`, `query:cursor`, `header:Idempotency-Key`, `body:entries.[].lead`, `body` */
  covers: string
  label: string
  method: string
  url: string
  user: DemoUser | null
  payload?: string | Buffer
  contentType?: string
  headers?: Record<string, string>
}

/** What the document asks to be covered for an operation (the same names as `covers`). */
export function coverageOf(op: Operation): string[] {
  return [...op.params.map((p) => `${p.in}:${p.name}`), ...(op.body ? ['body', ...op.body.fields.map((f) => `body:${f.path}`)] : [])]
}

const SENTINEL = '"\u0001hostile\u0001"'

export function plan(op: Operation, caller: Caller, f: Fixtures): PlannedRequest[] {
  const pathValue = (name: string) => {
    const key = caller.path?.[name]
    if (!key) throw new Error(`${op.key}: the callers table names no record for path parameter {${name}}`)
    return encodeURIComponent(f[key])
  }
  const urlWith = (path: Record<string, string> = {}, query: Record<string, string> = {}) => {
    const p = op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? pathValue(name))
    const q = Object.entries({ ...caller.query, ...query }).map(([k, v]) => `${k}=${v}`).join('&')
    return q ? `${p}?${q}` : p
  }
  const base = { method: op.method, user: caller.user }
  const valid = caller.body?.(f) ?? {}
  const jsonBody = op.body?.contentType === 'application/json'
  const validPayload = jsonBody ? { payload: JSON.stringify(valid), contentType: 'application/json' } : {}
  const out: PlannedRequest[] = [
    { ...base, ...validPayload, covers: 'operation', label: `${op.key} an unknown query parameter with NUL`, url: urlWith({}, { 'x%00': 'a%00b' }) },
    { ...base, ...validPayload, covers: 'operation', label: `${op.key} a malformed token`, url: urlWith(), headers: { authorization: 'Bearer a.b%00.c' } },
  ]
  for (const param of op.params) {
    const covers = `${param.in}:${param.name}`
    if (param.in === 'path') {
      for (const c of pathCases(param.schema)) out.push({ ...base, ...validPayload, covers, label: `${op.key} {${param.name}}=${c.label}`, url: urlWith({ [param.name]: c.raw }) })
    } else if (param.in === 'query') {
      for (const c of queryCases(param.name, param.schema)) out.push({ ...base, ...validPayload, covers, label: `${op.key} ?${param.name}=${c.label}`, url: urlWith({}, { [param.name]: c.raw }) })
    } else if (param.in === 'header') {
      for (const c of headerCases) out.push({ ...base, ...validPayload, covers, label: `${op.key} ${param.name}: ${c.label}`, url: urlWith(), headers: { [param.name]: c.value } })
    }
  }
  if (op.body) {
    if (op.body.contentType.startsWith('multipart/')) {
      const parts = op.body.fields.map((f) => `body:${f.path}`)
      multipartCases().forEach((c, i) => out.push({ ...base, covers: i === 0 || !parts.length ? 'body' : parts[(i - 1) % parts.length]!, label: `${op.key} multipart: ${c.label}`, url: urlWith(), payload: c.payload, contentType: c.contentType }))
    } else {
      for (const c of wholeBodyCases) out.push({ ...base, covers: 'body', label: `${op.key} body: ${c.label}`, url: urlWith(), payload: c.payload, contentType: c.contentType })
      out.push({ ...base, covers: 'body', label: `${op.key} body: an unknown field`, url: urlWith(), payload: JSON.stringify({ ...valid, isAdmin: true }), contentType: 'application/json' })
      const heavySent = new Set<string>()
      for (const field of op.body.fields) {
        const name = field.path.split('.').at(-1)!
        const type = field.schema.type ?? 'other'
        for (const c of bodyCases(name, field.schema)) {
          if (c.heavy && heavySent.has(`${type} ${c.label}`)) continue
          if (c.heavy) heavySent.add(`${type} ${c.label}`)
          const text = c.raw !== undefined ? JSON.stringify(setAt(valid, field.path, '\u0001hostile\u0001')).replace(SENTINEL, c.raw) : JSON.stringify(setAt(valid, field.path, c.value))
          out.push({ ...base, covers: `body:${field.path}`, label: `${op.key} ${field.path}=${c.label}`, url: urlWith(), payload: text, contentType: 'application/json' })
        }
      }
    }
  } else if (op.method !== 'GET') {
    // no body declared: a body must not change that
    for (const c of wholeBodyCases.slice(2)) out.push({ ...base, covers: 'body-less', label: `${op.key} unexpected body: ${c.label}`, url: urlWith(), payload: c.payload, contentType: c.contentType })
  }
  return out
}
