/**
 * The intake form's draft, kept in sessionStorage until the appeal is submitted, so that a reload or
 * a failed submit never loses what was typed. Each draft carries the Idempotency-Key of its
 * submission: every retry of the same draft sends the same key, so the API creates one appeal.
 * One draft per entry point (a measure, or the general form), so asking about another measure
 * does not overwrite a draft in progress.
 */
export interface IntakeDraft {
  /** The Idempotency-Key of this draft's submission. */
  key: string
  categoryCode: string
  title: string
  description: string
  measureId: string | null
  /** The evaluation date of the package the enterprise asked from (the snapshot's asOf). */
  asOf: string | null
  contactName: string
  contactPhone: string
  /** Names of the files chosen (files themselves cannot be kept across a reload). */
  fileNames: string[]
  /** Set once the API created the appeal (attachments may still be uploading). */
  created: { id: string; number: string } | null
}

const PREFIX = 'servicepack.appeal-draft.'
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
const session = (): Store | undefined => globalThis.sessionStorage

/** The storage slot of an entry point: the measure asked about, or the general form. */
export function draftSlot(measureId: string | null | undefined): string {
  return PREFIX + (measureId || 'general')
}

/** A fresh random key of the shape the API accepts (8–100 of A-Z a-z 0-9 . _ : -). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return `appeal-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

export function newDraft(start: Partial<Omit<IntakeDraft, 'key' | 'created' | 'fileNames'>>, key = newIdempotencyKey()): IntakeDraft {
  return {
    key,
    categoryCode: start.categoryCode ?? '',
    title: start.title ?? '',
    description: start.description ?? '',
    measureId: start.measureId ?? null,
    asOf: start.asOf ?? null,
    contactName: start.contactName ?? '',
    contactPhone: start.contactPhone ?? '',
    fileNames: [],
    created: null,
  }
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string'

/** The draft of a slot, or null when there is none or what is stored is not a draft. */
export function loadDraft(slot: string, store: Store | undefined = session()): IntakeDraft | null {
  let value: unknown
  try {
    value = JSON.parse(store?.getItem(slot) ?? 'null')
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const d = value as Record<string, unknown>
  const created = d.created as { id?: unknown; number?: unknown } | null | undefined
  const ok =
    isString(d.key) && /^[A-Za-z0-9._:-]{8,100}$/.test(d.key) &&
    isString(d.categoryCode) && isString(d.title) && isString(d.description) &&
    isNullableString(d.measureId) && isNullableString(d.asOf) &&
    isString(d.contactName) && isString(d.contactPhone) &&
    Array.isArray(d.fileNames) && d.fileNames.every(isString) &&
    (created === null || created === undefined || (isString(created.id) && isString(created.number)))
  if (!ok) return null
  return {
    ...(d as unknown as IntakeDraft),
    created: created ? { id: created.id as string, number: created.number as string } : null,
  }
}

export function saveDraft(slot: string, draft: IntakeDraft, store: Store | undefined = session()): void {
  try {
    store?.setItem(slot, JSON.stringify(draft))
  } catch {
    // storage full or disabled: the form still works, only a reload would lose it
  }
}

export function clearDraft(slot: string, store: Store | undefined = session()): void {
  store?.removeItem(slot)
}

