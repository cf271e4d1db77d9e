import type { ApiClient } from '@servicepack/api-client'
import { errorKind, type Uploader } from '@servicepack/ui'
import { computed, reactive, ref, shallowRef, toRaw, watch } from 'vue'
import { createAppeal, type AppealInput } from '../../api/appeals'
import { clearDraft, newIdempotencyKey, saveDraft, type IntakeDraft } from './intake-draft'

export interface IntakeFile {
  key: number
  file: File
  percent: number
  state: 'ready' | 'uploading' | 'done' | 'failed'
  error: unknown
}

/** editing → submitting → uploading → done, or partial (the appeal exists, some files did not go). */
export type IntakePhase = 'editing' | 'submitting' | 'uploading' | 'done' | 'partial'

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** What the API is sent: the draft without its bookkeeping; `asOf` only with a measure. */
export function appealInput(draft: IntakeDraft): AppealInput {
  return {
    categoryCode: draft.categoryCode as AppealInput['categoryCode'],
    title: draft.title.trim(),
    description: draft.description.trim(),
    ...(draft.measureId ? { measureId: draft.measureId as AppealInput['measureId'], ...(draft.asOf ? { asOf: draft.asOf } : {}) } : {}),
    contactName: blankToNull(draft.contactName),
    contactPhone: blankToNull(draft.contactPhone),
  }
}

/**
 * The intake's state and its submission: the draft is saved on every change; `submit` creates the
 * appeal with the draft's Idempotency-Key (a second click while it runs does nothing, a retry after a
 * failure sends the same key), then uploads the files one by one with progress. The draft is removed
 * only once the appeal exists and its files went (or the user gave up on them).
 */
export function useIntake(api: ApiClient, upload: Uploader, slot: string, initial: IntakeDraft) {
  const draft = reactive<IntakeDraft>(initial)
  const files = ref<IntakeFile[]>([])
  const phase = ref<IntakePhase>(initial.created ? 'partial' : 'editing')
  const failure = shallowRef<unknown>(null)
  /** The key had been used for other content: an earlier attempt went through. */
  const keyReused = ref(false)
  let nextKey = 0

  // sync: saved at once, and never after finish() removed it
  watch(draft, () => saveDraft(slot, toRaw(draft)), { deep: true, flush: 'sync' })

  function addFiles(picked: File[]) {
    for (const file of picked) files.value.push({ key: nextKey++, file, percent: 0, state: 'ready', error: null })
    draft.fileNames = files.value.map((f) => f.file.name)
  }

  function removeFile(key: number) {
    files.value = files.value.filter((f) => f.key !== key)
    draft.fileNames = files.value.map((f) => f.file.name)
  }

  async function uploadFiles() {
    const created = draft.created
    if (!created) return
    phase.value = 'uploading'
    for (const item of files.value) {
      if (item.state === 'done') continue
      item.state = 'uploading'
      item.error = null
      try {
        await upload({ appealId: created.id, file: item.file, onProgress: (p) => (item.percent = p) })
        item.state = 'done'
        item.percent = 100
      } catch (error) {
        item.state = 'failed'
        item.error = error
      }
    }
    if (files.value.every((f) => f.state === 'done')) finish()
    else phase.value = 'partial'
  }

  async function submit() {
    if (phase.value !== 'editing') return
    failure.value = null
    keyReused.value = false
    phase.value = 'submitting'
    const input = appealInput(toRaw(draft))
    try {
      // the draft's key makes a retry after a lost answer return the appeal the first attempt made
      const appeal = await createAppeal(api, input, draft.key)
      draft.created = { id: appeal.id, number: appeal.number }
    } catch (error) {
      failure.value = error
      if (errorKind(error) === 'IDEMPOTENCY_KEY_REUSED') {
        // An earlier attempt of this draft was created with other content: this content is new.
        keyReused.value = true
        draft.key = newIdempotencyKey()
      }
      phase.value = 'editing'
      return
    }
    await uploadFiles()
  }

  /** The appeal exists: forget the draft (the files that did not go can be added on the appeal's page). */
  function finish() {
    clearDraft(slot)
    phase.value = 'done'
  }

  const busy = computed(() => phase.value === 'submitting' || phase.value === 'uploading')
  return { draft, files, phase, failure, keyReused, busy, addFiles, removeFile, submit, retryUploads: uploadFiles, finish }
}
