/**
 * Reads the committed OpenAPI document (packages/api-client/openapi.json, the one the client is
 * generated from and foundation.spec.ts checks against the controllers) and lists every operation
 * with its path, query and header parameters and its body fields ($refs resolved, nested fields
 * flattened to dotted paths; `[]` stands for an array's item).
 */
import { readFileSync } from 'node:fs'

export interface Schema {
  $ref?: string
  type?: string
  format?: string
  enum?: unknown[]
  nullable?: boolean
  items?: Schema
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  allOf?: Schema[]
  oneOf?: Schema[]
  anyOf?: Schema[]
  minimum?: number
  maximum?: number
  maxLength?: number
  minLength?: number
  pattern?: string
  example?: unknown
}

export interface Param {
  in: 'path' | 'query' | 'header'
  name: string
  schema: Schema
  required?: boolean
}

export interface BodyField {
  /** dotted path; `[]` for an array's item (e.g. `entries.[].lead`) */
  path: string
  schema: Schema
}

export interface Operation {
  /** `METHOD /path` as in the document, e.g. `POST /api/appeals/{id}/dispatch` */
  key: string
  method: string
  path: string
  params: Param[]
  /** null when the operation takes no body */
  body: { contentType: string; fields: BodyField[] } | null
  secured: boolean
}

export interface Document {
  paths: Record<string, Record<string, { parameters?: (Param & { required?: boolean })[]; requestBody?: { content: Record<string, { schema: Schema }> }; security?: unknown[] }>>
  components: { schemas: Record<string, Schema> }
}

export function loadDocument(): Document {
  return JSON.parse(readFileSync(new URL('../../../../packages/api-client/openapi.json', import.meta.url), 'utf8')) as Document
}

export function resolve(doc: Document, schema: Schema): Schema {
  let s = schema
  for (let i = 0; s.$ref && i < 20; i++) s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')]!
  if (s.allOf?.length === 1) return { ...resolve(doc, s.allOf[0]!), ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'allOf')) }
  return s
}

/** Every field of a body schema, depth first, refs resolved (cycles cut at depth 6). */
export function bodyFields(doc: Document, schema: Schema, prefix = '', depth = 0): BodyField[] {
  const s = resolve(doc, schema)
  if (depth > 6) return []
  const out: BodyField[] = []
  for (const [name, raw] of Object.entries(s.properties ?? {})) {
    const field = resolve(doc, raw)
    const path = prefix ? `${prefix}.${name}` : name
    out.push({ path, schema: { ...field, nullable: raw.nullable ?? field.nullable } })
    if (field.type === 'object' || field.properties) out.push(...bodyFields(doc, field, path, depth + 1))
    if (field.type === 'array' && field.items) {
      const item = resolve(doc, field.items)
      if (item.type === 'object' || item.properties) out.push(...bodyFields(doc, item, `${path}.[]`, depth + 1))
    }
  }
  return out
}

export function operations(doc: Document): Operation[] {
  const out: Operation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const content = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).map((p) => ({ in: p.in, name: p.name, required: p.required ?? false, schema: resolve(doc, p.schema ?? { type: 'string' }) })),
        body: content ? { contentType: content[0], fields: bodyFields(doc, content[1].schema) } : null,
        secured: (op.security ?? []).length > 0,
      })
    }
  }
  return out
}

/** Sets `value` at a dotted path (with `[]` meaning the array's first item), creating what is missing. */
export function setAt(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body)
  const parts = path.split('.')
  let at: Record<string, unknown> | unknown[] = copy
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!
    const key = part === '[]' ? 0 : part
    const next = (at as Record<string | number, unknown>)[key]
    const container = parts[i + 1] === '[]' ? (Array.isArray(next) && next.length ? next : [{}]) : next && typeof next === 'object' && !Array.isArray(next) ? next : {}
    ;(at as Record<string | number, unknown>)[key] = container
    at = container as Record<string, unknown>
  }
  const last = parts.at(-1)!
  ;(at as Record<string | number, unknown>)[last === '[]' ? 0 : last] = value
  return copy
}
