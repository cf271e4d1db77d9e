/**
 * The hostile cases of each type, as the generated suite sends them. A body case is a JSON value or
 * raw JSON text (for what JSON.stringify cannot write: 1e999, nesting 5,000 deep); query and path
 * cases are raw, already percent-encoded URL text. Sampled so that the whole document is covered in
 * well under a minute: each list is short, and each is about one kind of attack.
 */
import type { Schema } from './openapi-walk.js'

export interface BodyCase {
  label: string
  value?: unknown
  raw?: string
  /** costly to send (megabytes, thousands of keys): sent for the first field of its type in an operation only */
  heavy?: boolean
}

const MB = 'x'.repeat(1024 * 1024)
const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)
const flood = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))

const dateLike = (name: string, s: Schema) => s.format === 'date' || s.format === 'date-time' || /(date|at|from|to|asof|deadline|before)$/i.test(name) || /^\d{4}-\d{2}-\d{2}/.test(String(s.example ?? ''))
const idLike = (name: string) => /(^id$|Id$|^uuid$|cursor)/.test(name)

/** Cases every field meets, whatever its type. */
const everyField: BodyCase[] = [
  { label: 'an object', value: { $gt: '' } },
  { label: 'nested arrays', value: [[{ a: 1 }]] },
  { label: 'nesting 5,000 deep', raw: nested(5000), heavy: true },
  { label: '5,000 keys', value: flood(5000), heavy: true },
]

export function bodyCases(name: string, s: Schema): BodyCase[] {
  const out: BodyCase[] = [...everyField]
  if (!s.nullable) out.push({ label: 'null', value: null })
  const type = s.type ?? (s.enum ? 'string' : s.properties ? 'object' : undefined)
  if (type === 'string') {
    out.push(
      { label: 'a number', value: 42 },
      { label: 'a boolean', value: true },
      { label: 'NUL', value: 'a\u0000b' },
      { label: 'a lone surrogate', value: '\ud800x' },
      { label: 'a bidi override', value: 'abc\u202Etxt.exe' },
      { label: '1 MB', value: MB, heavy: true },
      { label: 'path traversal', value: '../../../etc/passwd' },
    )
    if (s.enum) out.push({ label: 'an unknown enum value', value: 'not-a-member' }, { label: 'an enum value with NUL', value: `${String(s.enum[0])}\u0000` })
    if (dateLike(name, s)) out.push(...['0000-01-01', '9999-12-31', '2027-02-30', '+275760-09-13', '275760-09-13T00:00:00Z', '2026-13-01T25:61:00+08:00'].map((v) => ({ label: `date ${v}`, value: v })))
    if (idLike(name)) out.push({ label: 'a malformed uuid', value: '00000000-0000-4000-8000-00000000000g' })
  } else if (type === 'number' || type === 'integer') {
    out.push(
      { label: 'a string', value: '1' },
      { label: 'a hex string', value: '0x7EA' },
      { label: 'a boolean', value: true },
      { label: '1e308', value: 1e308 },
      { label: '-1e308', value: -1e308 },
      { label: 'beyond 2^53', value: 2 ** 53 + 2 },
      { label: 'a fraction', value: 0.5 },
      { label: 'Infinity (1e999)', raw: '1e999' },
      { label: 'NaN', raw: 'NaN' },
      { label: '-0', raw: '-0' },
    )
  } else if (type === 'boolean') {
    out.push({ label: 'a string', value: 'true' }, { label: 'a number', value: 1 }, { label: 'NUL', value: '\u0000' })
  } else if (type === 'array') {
    out.push({ label: 'a string', value: 'x' }, { label: 'an array of nulls', value: [null] }, { label: 'an array of NUL', value: ['\u0000'] }, { label: '10,000 items', value: Array.from({ length: 10_000 }, () => 'x'), heavy: true })
  } else if (type === 'object') {
    out.push({ label: 'an array', value: [] }, { label: 'a string', value: 'x' }, { label: 'a __proto__ key', raw: '{"__proto__":{"isAdmin":true}}' })
  }
  return out
}

/** Cases for a query parameter (raw, percent-encoded). `name` is the parameter's. */
export function queryCases(name: string, s: Schema): { label: string; raw: string }[] {
  const out = [
    { label: 'NUL', raw: 'a%00b' },
    { label: 'a lone surrogate (invalid UTF-8)', raw: '%ED%A0%80' },
    { label: 'a bidi override', raw: '%E2%80%AE' },
    { label: '100,000 characters', raw: 'x'.repeat(100_000) },
    { label: 'a bracketed object', raw: `x&${name}[a]=1` },
    { label: 'a repeated parameter', raw: `a&${name}=b` },
    { label: 'path traversal', raw: '..%2F..%2Fetc%2Fpasswd' },
  ]
  const type = s.type ?? (s.enum ? 'string' : undefined)
  if (type === 'number' || type === 'integer') out.push(...['NaN', 'Infinity', '-1', '1e308', '0x7EA', '2e3', '1.5', '99999999999999999999'].map((v) => ({ label: v, raw: v })))
  if (type === 'boolean') out.push({ label: 'maybe', raw: 'maybe' }, { label: 'empty', raw: '' })
  if (s.enum || s.items?.enum) out.push({ label: 'an unknown enum value', raw: 'not-a-member' })
  if (dateLike(name, s)) out.push(...['0000-01-01', '9999-12-31', '2027-02-30', '275760-09-13', '%2B275760-09-13', '0001-01-01'].map((v) => ({ label: `date ${v}`, raw: v })))
  if (idLike(name)) out.push({ label: 'a malformed cursor', raw: Buffer.from('{"at":"0","id":"x"}').toString('base64url') }, { label: 'garbage base64', raw: '%2F%2F%2F%2F' })
  return out
}

/** Cases for a path parameter (raw, percent-encoded). */
export function pathCases(s: Schema): { label: string; raw: string }[] {
  const out = [
    { label: 'NUL', raw: '%00' },
    { label: 'a lone surrogate (invalid UTF-8)', raw: '%ED%A0%80' },
    { label: 'a bidi override', raw: 'a%E2%80%AEb' },
    { label: '5,000 characters', raw: 'x'.repeat(5000) },
    { label: 'path traversal', raw: '..%2F..%2Fetc%2Fpasswd' },
    { label: 'a malformed uuid', raw: '00000000-0000-4000-8000-00000000000g' },
    { label: 'a nonexistent uuid', raw: '3f2b8c1e-0000-4000-8000-000000000001' },
    { label: 'an SQL quote', raw: "1'%20OR%20'1'%3D'1" },
  ]
  if (s.type === 'number' || s.type === 'integer') out.push(...['0x7EA', '2027.0', '2e3', '-1', '99999999999999999999', 'NaN'].map((v) => ({ label: v, raw: v })))
  return out
}

/** Headers: a few values no header should turn into a 500. */
export const headerCases: { label: string; value: string }[] = [
  { label: '10,000 characters', value: 'x'.repeat(10_000) },
  { label: 'a bidi override', value: 'a\u202Eb' },
  { label: 'empty', value: '' },
]

/** Multipart oddities for an upload route (each is a full request body and its content type). */
export function multipartCases(): { label: string; payload: string; contentType: string }[] {
  const part = (disposition: string, body = '%PDF-1.7\n%%EOF\n') => `--b\r\nContent-Disposition: form-data; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n${body}\r\n`
  return [
    { label: 'no boundary', payload: 'x', contentType: 'multipart/form-data' },
    { label: 'a garbled body', payload: '--b\r\nnonsense', contentType: 'multipart/form-data; boundary=b' },
    { label: 'no parts', payload: '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'the wrong field', payload: part('name="other"; filename="a.pdf"') + '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'a part without a filename', payload: part('name="file"') + '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'a NUL file name', payload: part('name="file"; filename="a\u0000.pdf"') + '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'a traversing file name', payload: part('name="file"; filename="../../../etc/passwd"') + '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'two files', payload: part('name="file"; filename="a.pdf"') + part('name="file"; filename="b.pdf"') + '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'an executable named .pdf', payload: part('name="file"; filename="a.pdf"', 'MZ' + '\u0000'.repeat(64)) + '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { label: 'JSON instead of a form', payload: '{"file":"x"}', contentType: 'application/json' },
  ]
}

/** Body-level cases every operation with a body meets (before its fields). */
export const wholeBodyCases: { label: string; payload: string; contentType: string }[] = [
  { label: 'an array', payload: '[]', contentType: 'application/json' },
  { label: 'null', payload: 'null', contentType: 'application/json' },
  { label: 'truncated JSON', payload: '{"a":', contentType: 'application/json' },
  { label: 'nesting 5,000 deep', payload: nested(5000), contentType: 'application/json' },
  { label: '50,000 keys', payload: JSON.stringify(flood(50_000)), contentType: 'application/json' },
  { label: 'a __proto__ key', payload: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json' },
  { label: 'text/plain', payload: 'x', contentType: 'text/plain' },
]
