import { errorKind, useErrorText } from '@servicepack/ui'
import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'

/** What a catalogue tab says above its list after a change. */
export interface Flash {
  type: 'success' | 'warning' | 'error'
  text: string
}

/**
 * A catalogue tab's list and its editing dialog (派单目录, 答复模板): the list as loaded (or why it did not
 * load), the flash above it, the dialog's item, problem and spinner. `save` runs a change made in the
 * dialog: done, the dialog closes and says 已保存; a conflict (someone changed it meanwhile) closes it,
 * says so and reloads; any other failure stays in the dialog, by its code. `act` runs a one-click change
 * (reset, delete) and says above the list how it went.
 */
export function useCatalogueEditing<T, Item>(fetch: () => Promise<T>) {
  const { t } = useI18n()
  const { errorText } = useErrorText()
  const data = shallowRef<T | null>(null)
  const failure = shallowRef<unknown>(null)
  const flash = ref<Flash | null>(null)
  const editing = shallowRef<Item | null>(null)
  const problem = ref('')
  const saving = ref(false)

  async function load() {
    failure.value = null
    try {
      data.value = await fetch()
    } catch (error) {
      failure.value = error
    }
  }

  async function save(change: () => Promise<void>) {
    saving.value = true
    try {
      await change()
      editing.value = null
      flash.value = { type: 'success', text: t('catalogue.saved') }
    } catch (error) {
      if (errorKind(error) === 'CONFLICT') {
        editing.value = null
        flash.value = { type: 'warning', text: t('catalogue.conflict') }
        await load()
      } else problem.value = t('catalogue.saveFailed', { message: errorText(error) })
    } finally {
      saving.value = false
    }
  }

  async function act(change: () => Promise<void>, done: string) {
    try {
      await change()
      flash.value = { type: 'success', text: done }
    } catch (error) {
      flash.value = { type: 'error', text: t('catalogue.saveFailed', { message: errorText(error) }) }
    }
  }

  return { data, failure, flash, editing, problem, saving, load, save, act }
}
