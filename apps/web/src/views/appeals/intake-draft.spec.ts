import { describe, expect, it } from 'vitest'
import { clearDraft, draftSlot, loadDraft, newDraft, newIdempotencyKey, saveDraft } from './intake-draft'

function memory() {
  const map = new Map<string, string>()
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map }
}

describe('intake draft', () => {
  it('has a slot per entry point: each measure, and the general form', () => {
    expect(draftSlot('basic-research')).toBe('servicepack.appeal-draft.basic-research')
    expect(draftSlot(null)).toBe('servicepack.appeal-draft.general')
    expect(draftSlot('')).toBe('servicepack.appeal-draft.general')
  })

  it('makes keys the API accepts, a new one each time', () => {
    const a = newIdempotencyKey()
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,100}$/)
    expect(newIdempotencyKey()).not.toBe(a)
  })

  it('keeps a draft with its key across a reload, and forgets it when cleared', () => {
    const store = memory()
    const draft = { ...newDraft({ measureId: 'basic-research', asOf: '2026-11-26', categoryCode: 'rnd', title: 't' }, 'key-123456789'), description: 'd', fileNames: ['a.pdf'] }
    saveDraft(draftSlot('basic-research'), draft, store)
    expect(loadDraft(draftSlot('basic-research'), store)).toEqual(draft)
    expect(loadDraft(draftSlot(null), store)).toBeNull()
    clearDraft(draftSlot('basic-research'), store)
    expect(loadDraft(draftSlot('basic-research'), store)).toBeNull()
  })

  it('ignores what is stored when it is not a draft (another version, tampering)', () => {
    const store = memory()
    const slot = draftSlot(null)
    for (const bad of ['not json', '42', '{"key":"short"}', JSON.stringify({ ...newDraft({}), key: 'bad key with spaces' }), JSON.stringify({ ...newDraft({}), fileNames: [1] })]) {
      store.setItem(slot, bad)
      expect(loadDraft(slot, store), bad).toBeNull()
    }
  })

})
