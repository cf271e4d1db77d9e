import { ApiError, fieldErrors, type ApiClient, type FieldCode } from '@servicepack/api-client'
import { factDefinition, isPhone } from '@servicepack/policy-rules'
import { computed, ref, shallowRef } from 'vue'
import { fetchMyEnterprise, saveMyEnterprise, type Enterprise, type EnterpriseUpdate } from '../../api/enterprise'
import { changedFacts, draftOf, draftProblems, type FactsDraft } from '../../facts/draft'

export const CONTACT_FIELDS = ['name', 'contactName', 'contactPhone', 'contactEmail'] as const
export type ContactField = (typeof CONTACT_FIELDS)[number]
export type ContactDraft = Record<ContactField, string>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Client-side checks of the contact fields (the API checks the same, and says so with a 400). */
export function contactProblems(contacts: ContactDraft): Partial<Record<ContactField, true>> {
  const problems: Partial<Record<ContactField, true>> = {}
  if (contacts.name.trim() === '' || contacts.name.length > 200) problems.name = true
  if (contacts.contactName.length > 100) problems.contactName = true
  if (contacts.contactPhone !== '' && !isPhone(contacts.contactPhone)) problems.contactPhone = true
  if (contacts.contactEmail !== '' && !EMAIL.test(contacts.contactEmail)) problems.contactEmail = true
  return problems
}

function contactsOf(enterprise: Enterprise): ContactDraft {
  return {
    name: enterprise.name,
    contactName: enterprise.contactName ?? '',
    contactPhone: enterprise.contactPhone ?? '',
    contactEmail: enterprise.contactEmail ?? '',
  }
}

/** Contact fields whose draft differs from the stored profile ('' clears an optional field). */
function changedContacts(stored: Enterprise, contacts: ContactDraft): Partial<Record<ContactField, string | null>> {
  const before = contactsOf(stored)
  const changes: Partial<Record<ContactField, string | null>> = {}
  for (const field of CONTACT_FIELDS) {
    if (contacts[field] !== before[field]) changes[field] = field !== 'name' && contacts[field] === '' ? null : contacts[field]
  }
  return changes
}

/** A field the API named in a 400 (`facts.revenue`, `contactEmail`) → the form's field name. */
export function fieldOfDetail(field: string): string {
  return field.startsWith('facts.') ? field.slice('facts.'.length) : field
}

/** A problem the API named on a field the form does not show (its API name and why). */
export interface UnmappedProblem {
  field: string
  code: FieldCode
}

export type SaveOutcome = 'saved' | 'unchanged' | 'invalid' | 'conflict' | 'failed'

/** Unsaved edits with the profile they were made on: kept across a sign-in round trip (draft-stash). */
export interface ProfileDraft {
  base: Enterprise
  contacts: ContactDraft
  facts: FactsDraft
}

/**
 * The profile page's state: the stored profile, the person's draft (contacts and facts), what is
 * dirty, and saving with optimistic concurrency. A 409 keeps the draft; `reloadKeepingEdits` loads
 * the newer profile and puts the person's own edits back on top of it.
 */
export function useProfileEditor(api: ApiClient) {
  const stored = shallowRef<Enterprise | null>(null)
  const contacts = ref<ContactDraft>({ name: '', contactName: '', contactPhone: '', contactEmail: '' })
  const facts = ref<FactsDraft>({})
  const loadError = ref<unknown>(null)
  const loading = ref(false)
  const saving = ref(false)
  /** Why the last save failed (anything thrown; the page says it by code), when no field explains it. */
  const saveError = shallowRef<unknown>(null)
  /** Set by a 409 PROFILE_VERSION_CONFLICT: someone else saved first (the error, for its text). */
  const conflict = shallowRef<ApiError | null>(null)
  /** After reloading on a conflict: the fields the other person changed. */
  const changedByOthers = ref<string[]>([])
  /** Problems the API named (400 `details`), by form field, as codes; cleared when the field is edited. */
  const serverErrors = ref<Partial<Record<string, FieldCode>>>({})
  const unmappedErrors = ref<UnmappedProblem[]>([])

  const factChanges = computed(() => (stored.value ? changedFacts(stored.value.facts, facts.value) : {}))
  const contactChanges = computed(() => (stored.value ? changedContacts(stored.value, contacts.value) : {}))
  const dirty = computed(() => Object.keys(factChanges.value).length + Object.keys(contactChanges.value).length > 0)
  const problems = computed(() => ({ ...draftProblems(facts.value), ...contactProblems(contacts.value) }))

  function reset(enterprise: Enterprise) {
    stored.value = enterprise
    contacts.value = contactsOf(enterprise)
    facts.value = draftOf(enterprise.facts)
  }

  async function load() {
    loading.value = true
    loadError.value = null
    try {
      reset(await fetchMyEnterprise(api))
    } catch (error) {
      loadError.value = error
    } finally {
      loading.value = false
    }
  }

  function clearServerError(field: string) {
    if (serverErrors.value[field]) {
      const { [field]: _gone, ...rest } = serverErrors.value
      serverErrors.value = rest
    }
  }

  function setFacts(next: FactsDraft) {
    for (const def of Object.keys(next)) if (next[def as keyof FactsDraft] !== facts.value[def as keyof FactsDraft]) clearServerError(def)
    facts.value = next
  }

  function setContact(field: ContactField, value: string) {
    clearServerError(field)
    contacts.value = { ...contacts.value, [field]: value }
  }

  async function save(): Promise<SaveOutcome> {
    if (!stored.value) return 'failed'
    if (Object.keys(problems.value).length) return 'invalid'
    if (!dirty.value) return 'unchanged'
    const body: EnterpriseUpdate = { ...contactChanges.value, version: stored.value.version } as EnterpriseUpdate
    if (Object.keys(factChanges.value).length) body.facts = factChanges.value as EnterpriseUpdate['facts']
    saving.value = true
    saveError.value = null
    unmappedErrors.value = []
    try {
      reset(await saveMyEnterprise(api, body))
      conflict.value = null
      changedByOthers.value = []
      return 'saved'
    } catch (error) {
      // The draft stays as it is whatever went wrong.
      if (error instanceof ApiError && error.code === 'PROFILE_VERSION_CONFLICT') {
        conflict.value = error
        return 'conflict'
      }
      const problems = Object.entries(fieldErrors(error))
      if (problems.length) {
        const mapped: Partial<Record<string, FieldCode>> = {}
        const unmapped: UnmappedProblem[] = []
        for (const [apiField, code] of problems) {
          if (!code) continue
          const field = fieldOfDetail(apiField)
          if (factDefinition(field) || (CONTACT_FIELDS as readonly string[]).includes(field)) mapped[field] = code
          else unmapped.push({ field: apiField, code })
        }
        serverErrors.value = mapped
        unmappedErrors.value = unmapped
        return 'invalid'
      }
      saveError.value = error
      return 'failed'
    } finally {
      saving.value = false
    }
  }

  /** After a 409: load the newer profile and re-apply the person's own edits on top of it. */
  async function reloadKeepingEdits() {
    const before = stored.value
    if (!before) return
    const mine = { facts: factChanges.value, contacts: contactChanges.value }
    const latest = await fetchMyEnterprise(api)
    const theirs = [
      ...Object.keys(changedFacts(before.facts, draftOf(latest.facts))),
      ...Object.keys(changedContacts(before, contactsOf(latest))),
    ]
    reset(latest)
    facts.value = { ...facts.value, ...mine.facts }
    const merged = { ...contacts.value }
    for (const [field, value] of Object.entries(mine.contacts)) merged[field as ContactField] = value ?? ''
    contacts.value = merged
    changedByOthers.value = theirs
    conflict.value = null
  }

  /** The unsaved edits and the profile they were made on, or null when there are none. */
  function snapshot(): ProfileDraft | null {
    if (!stored.value || !dirty.value) return null
    return { base: stored.value, contacts: { ...contacts.value }, facts: { ...facts.value } }
  }

  /** Puts kept edits back, on top of the profile as it is now (naming what others changed meanwhile). */
  async function restore(draft: ProfileDraft) {
    reset(draft.base)
    contacts.value = { ...contacts.value, ...draft.contacts }
    facts.value = { ...facts.value, ...draft.facts }
    await reloadKeepingEdits()
  }

  function discard() {
    if (stored.value) reset(stored.value)
    serverErrors.value = {}
    unmappedErrors.value = []
  }

  return {
    stored,
    contacts,
    facts,
    loading,
    loadError,
    saving,
    saveError,
    conflict,
    changedByOthers,
    serverErrors,
    unmappedErrors,
    problems,
    dirty,
    load,
    save,
    reloadKeepingEdits,
    snapshot,
    restore,
    discard,
    setFacts,
    setContact,
  }
}
