/**
 * Structural and semantic checks of a measure definition read from JSON. Every message starts
 * with the path of the problem, e.g. `conditions[0].fact: unknown fact "foo"`.
 */
import { appealCategories } from './catalogues/appeal-categories.js'
import { bureaus } from './catalogues/bureaus.js'
import { catalogueCodes as codesOf } from './catalogues/index.js'
import { factDefinition } from './facts/index.js'

export type MeasureValidation = { ok: true } | { ok: false; errors: string[] }

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const cityBureaus = new Set(bureaus.filter((b) => b.kind !== 'district').map((b) => b.code))
const allBureaus = new Set(bureaus.map((b) => b.code))
const categories = new Set(appealCategories.map((c) => c.code))
const catalogueCodes = {
  industries: new Set<string>(codesOf('industries')),
  districts: new Set<string>(codesOf('districts')),
  technologyFields: new Set<string>(codesOf('technologyFields')),
  ratingYears: new Set<string>(codesOf('ratingYears')),
  loanStartMonths: new Set<string>(codesOf('loanStartMonths')),
}
const NUMERIC = new Set(['yuan', 'count', 'tonnes'])
const SIMPLE_KINDS = ['isTrue', 'gt', 'gte', 'lt', 'lte', 'in']
const CONDITION_KINDS = [...SIMPLE_KINDS, 'anyOf']
const AMOUNT_KINDS = ['fixed', 'tiers', 'percentOfCapped', 'perUnitRange', 'interestSubsidy', 'upToFact', 'perPerson', 'caseByCase', 'announced', 'none']
/** Which operands each amount kind needs (optional ones end with '?'), and whether it reads a fact. */
const AMOUNT_SHAPES: Record<string, { fact: boolean; operands: string[] }> = {
  fixed: { fact: false, operands: ['amount'] },
  tiers: { fact: true, operands: [] },
  percentOfCapped: { fact: true, operands: ['minBps', 'maxBps', 'cap'] },
  perUnitRange: { fact: true, operands: ['minPerUnit', 'maxPerUnit', 'cap?'] },
  interestSubsidy: { fact: true, operands: ['minBps', 'maxBps'] },
  upToFact: { fact: true, operands: ['cap'] },
  perPerson: { fact: false, operands: ['max'] },
  caseByCase: { fact: false, operands: [] },
  announced: { fact: false, operands: [] },
  none: { fact: false, operands: [] },
}

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0
}

function isMoney(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

/** Check a measure definition. Never throws. */
export function validateMeasure(json: unknown): MeasureValidation {
  const errors: string[] = []
  const err = (path: string, msg: string) => errors.push(`${path}: ${msg}`)

  if (!isObj(json)) return { ok: false, errors: ['measure: must be an object'] }
  const m = json

  if (!isNonEmptyString(m.id) || !ID_RE.test(m.id)) err('id', `must be a kebab-case string (got ${JSON.stringify(m.id)})`)

  if (!isObj(m.reference)) err('reference', 'must be an object { document, clause }')
  else {
    if (!isNonEmptyString(m.reference.document)) err('reference.document', 'must be a non-empty string')
    if (!isNonEmptyString(m.reference.clause)) err('reference.clause', 'must be a non-empty string')
  }

  for (const key of ['name', 'summary', 'targets']) {
    const t = m[key]
    if (!isObj(t)) err(key, 'must be an object { zh, en }')
    else {
      if (!isNonEmptyString(t.zh)) err(`${key}.zh`, 'must be a non-empty string')
      if (!isNonEmptyString(t.en)) err(`${key}.en`, 'must be a non-empty string')
    }
  }

  if (!isObj(m.period)) err('period', 'must be an object { from, to }')
  else {
    const { from, to } = m.period
    const okFrom = typeof from === 'string' && DATE_RE.test(from)
    const okTo = typeof to === 'string' && DATE_RE.test(to)
    if (!okFrom) err('period.from', `must be a YYYY-MM-DD date (got ${JSON.stringify(from)})`)
    if (!okTo) err('period.to', `must be a YYYY-MM-DD date (got ${JSON.stringify(to)})`)
    if (okFrom && okTo && (from as string) > (to as string)) err('period', `from ${from} is after to ${to}`)
  }

  if (!Array.isArray(m.bureaus) || m.bureaus.length === 0) err('bureaus', 'must be a non-empty array of bureau codes')
  else
    m.bureaus.forEach((b, i) => {
      if (typeof b !== 'string' || !allBureaus.has(b)) err(`bureaus[${i}]`, `unknown bureau code ${JSON.stringify(b)}`)
      else if (!cityBureaus.has(b)) err(`bureaus[${i}]`, `district government "${b}": use districtGovernments: true instead`)
    })
  if (typeof m.districtGovernments !== 'boolean') err('districtGovernments', 'must be true or false')
  if (typeof m.appealCategory !== 'string' || !categories.has(m.appealCategory))
    err('appealCategory', `unknown appeal category ${JSON.stringify(m.appealCategory)}`)

  // Parameters
  const params = new Map<string, 'number' | 'tiers'>()
  if (!isObj(m.params)) err('params', 'must be an object of dated value lists')
  else {
    for (const [name, list] of Object.entries(m.params)) {
      const p = `params.${name}`
      if (!Array.isArray(list) || list.length === 0) {
        err(p, 'must be a non-empty array of { from, value, reference }')
        continue
      }
      let prev = ''
      let kind: 'number' | 'tiers' | null = null
      list.forEach((dv, i) => {
        const q = `${p}[${i}]`
        if (!isObj(dv)) return void err(q, 'must be an object { from, value, reference }')
        if (typeof dv.from !== 'string' || !DATE_RE.test(dv.from)) err(`${q}.from`, `must be a YYYY-MM-DD date (got ${JSON.stringify(dv.from)})`)
        else {
          if (dv.from <= prev) err(`${q}.from`, `dates must be strictly increasing (${dv.from} after ${prev})`)
          prev = dv.from
        }
        if (!isNonEmptyString(dv.reference)) err(`${q}.reference`, 'must name the source of the value')
        const k = paramKind(dv.value, `${q}.value`, err)
        if (k !== null) {
          if (kind !== null && k !== kind) err(`${q}.value`, `must be of the same kind as earlier values (${kind})`)
          kind = k
        }
      })
      if (kind !== null) params.set(name, kind)
    }
  }

  const operand = (v: unknown, path: string, optional = false) => {
    if (v === undefined) {
      if (!optional) err(path, 'is required')
      return
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || v < 0) err(path, `must be a finite number ≥ 0 (got ${v})`)
      return
    }
    if (isObj(v) && typeof v.param === 'string') {
      const k = params.get(v.param)
      if (k === undefined) err(path, `refers to undefined parameter "${v.param}"`)
      else if (k !== 'number') err(path, `parameter "${v.param}" must hold numbers`)
      return
    }
    err(path, 'must be a number or { param: name }')
  }

  const numericFact = (fact: unknown, path: string) => {
    const def = typeof fact === 'string' ? factDefinition(fact) : undefined
    if (def === undefined) err(path, `unknown fact ${JSON.stringify(fact)}`)
    else if (!NUMERIC.has(def.type)) err(path, `fact "${def.name}" is ${def.type}; this needs a number fact`)
    else if (def.retired) err(path, `fact "${def.name}" is retired: nobody is asked it any more`)
  }

  // Conditions
  const simpleCondition = (c: unknown, p: string) => {
    if (!isObj(c)) return void err(p, 'must be an object')
    if (typeof c.kind !== 'string' || !SIMPLE_KINDS.includes(c.kind))
      return void err(`${p}.kind`, `unknown condition kind ${JSON.stringify(c.kind)}; expected one of ${SIMPLE_KINDS.join(', ')}`)
    const def = typeof c.fact === 'string' ? factDefinition(c.fact) : undefined
    if (def === undefined) return void err(`${p}.fact`, `unknown fact ${JSON.stringify(c.fact)}`)
    if (def.retired) err(`${p}.fact`, `fact "${def.name}" is retired: nobody is asked it any more`)
    if (c.kind === 'isTrue') {
      if (def.type !== 'boolean') err(`${p}.fact`, `isTrue needs a boolean fact; "${def.name}" is ${def.type}`)
    } else if (c.kind === 'in') {
      if (c.open !== undefined && c.open !== true) err(`${p}.open`, 'must be true when given')
      if (def.type !== 'code') err(`${p}.fact`, `in needs a code fact; "${def.name}" is ${def.type}`)
      if (!Array.isArray(c.values) || c.values.length === 0) err(`${p}.values`, 'must be a non-empty array of codes')
      else if (def.catalogue !== undefined) {
        const codes = catalogueCodes[def.catalogue]
        c.values.forEach((v, j) => {
          if (typeof v !== 'string' || !codes.has(v)) err(`${p}.values[${j}]`, `unknown ${def.catalogue} code ${JSON.stringify(v)}`)
        })
      }
    } else {
      if (!NUMERIC.has(def.type)) err(`${p}.fact`, `${c.kind} needs a number fact; "${def.name}" is ${def.type}`)
      operand(c.value, `${p}.value`)
    }
  }
  if (!Array.isArray(m.conditions)) err('conditions', 'must be an array (empty = applies to every enterprise)')
  else
    m.conditions.forEach((c, i) => {
      const p = `conditions[${i}]`
      if (isObj(c) && c.kind === 'anyOf') {
        if (!Array.isArray(c.conditions) || c.conditions.length < 2) err(`${p}.conditions`, 'must be an array of at least two simple conditions')
        else c.conditions.forEach((sub, j) => simpleCondition(sub, `${p}.conditions[${j}]`))
        return
      }
      if (isObj(c) && (typeof c.kind !== 'string' || !CONDITION_KINDS.includes(c.kind)))
        return void err(`${p}.kind`, `unknown condition kind ${JSON.stringify(c.kind)}; expected one of ${CONDITION_KINDS.join(', ')}`)
      simpleCondition(c, p)
    })

  // Notes
  if (m.notes !== undefined) {
    if (!Array.isArray(m.notes)) err('notes', 'must be an array of { zh, en }')
    else
      m.notes.forEach((n, i) => {
        if (!isObj(n) || !isNonEmptyString(n.zh) || !isNonEmptyString(n.en)) err(`notes[${i}]`, 'must be { zh, en } with non-empty texts')
      })
  }

  // Amount
  const a = m.amount
  if (!isObj(a)) err('amount', 'must be an object with a kind')
  else if (typeof a.kind !== 'string' || !AMOUNT_KINDS.includes(a.kind))
    err('amount.kind', `unknown amount kind ${JSON.stringify(a.kind)}; expected one of ${AMOUNT_KINDS.join(', ')}`)
  else {
    const shape = AMOUNT_SHAPES[a.kind]!
    if (shape.fact) numericFact(a.fact, 'amount.fact')
    for (const o of shape.operands) {
      const optional = o.endsWith('?')
      const key = optional ? o.slice(0, -1) : o
      operand(a[key], `amount.${key}`, optional)
    }
    if (a.kind === 'interestSubsidy') {
      const term = typeof a.termMonthsFact === 'string' ? factDefinition(a.termMonthsFact) : undefined
      if (term === undefined) err('amount.termMonthsFact', `unknown fact ${JSON.stringify(a.termMonthsFact)}`)
      else if (term.type !== 'count' || term.unit !== 'months') err('amount.termMonthsFact', `fact "${term.name}" must be a count of months`)
      const principal = typeof a.fact === 'string' ? factDefinition(a.fact) : undefined
      if (principal !== undefined && principal.type !== 'yuan') err('amount.fact', `fact "${principal.name}" must be an amount of yuan (the principal)`)
      if (a.startMonthFact !== undefined) {
        const start = typeof a.startMonthFact === 'string' ? factDefinition(a.startMonthFact) : undefined
        if (start === undefined) err('amount.startMonthFact', `unknown fact ${JSON.stringify(a.startMonthFact)}`)
        else if (start.type !== 'code' || start.catalogue !== 'loanStartMonths') err('amount.startMonthFact', `fact "${start.name}" must be a loanStartMonths code fact`)
      }
    }
    if (a.kind === 'tiers') {
      const t = a.tiers
      if (!isObj(t) || typeof t.param !== 'string') err('amount.tiers', 'must be { param: name } of a tiers parameter')
      else if (params.get(t.param) !== 'tiers') err('amount.tiers', `parameter "${t.param}" must be defined and hold tiers`)
    }
    const lowHigh: [string, string][] = [
      ['minBps', 'maxBps'],
      ['minPerUnit', 'maxPerUnit'],
    ]
    for (const [lo, hi] of lowHigh) {
      if (typeof a[lo] === 'number' && typeof a[hi] === 'number' && (a[lo] as number) > (a[hi] as number))
        err(`amount.${lo}`, `is greater than ${hi}`)
    }
  }

  return errors.length === 0 ? { ok: true } : { ok: false, errors }
}

function paramKind(v: unknown, path: string, err: (p: string, m: string) => void): 'number' | 'tiers' | null {
  if (typeof v === 'number') {
    if (!isMoney(v)) {
      err(path, `must be an integer ≥ 0 (yuan, basis points or a count; got ${v})`)
      return null
    }
    return 'number'
  }
  if (Array.isArray(v)) {
    if (v.length === 0) {
      err(path, 'tiers must not be empty')
      return null
    }
    let ok = true
    let prev = Infinity
    v.forEach((t, i) => {
      if (!isObj(t) || !isMoney(t.gte) || !isMoney(t.amount)) {
        err(`${path}[${i}]`, 'a tier must be { gte: integer ≥ 0, amount: integer yuan ≥ 0 }')
        ok = false
        return
      }
      if (t.gte >= prev) {
        err(`${path}[${i}].gte`, 'tiers must be listed from the highest threshold down')
        ok = false
      }
      prev = t.gte
    })
    return ok ? 'tiers' : null
  }
  err(path, 'must be a number or an array of tiers')
  return null
}
