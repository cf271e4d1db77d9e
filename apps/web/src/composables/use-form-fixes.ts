import type { FormInstance, FormItemProp } from 'element-plus'
import { computed, reactive, ref, watch, type Ref } from 'vue'

const keyOf = (prop: FormItemProp) => (Array.isArray(prop) ? prop.join('.') : String(prop))

/**
 * A form's problems go away as soon as they are fixed, not at the next submit:
 *
 * - a field marked red is checked again on every change (fields that are fine are still checked
 *   on blur only, so nobody is scolded while typing);
 * - the "请先修正标红的字段" banner (`summary`) shows after a submit that failed the checks, and
 *   only while some field is still red;
 * - an API field problem (`apiError(field, text)`) stops showing once that field is edited.
 *
 * Wire `onValidate` to the el-form's `@validate`; call `attempt()` with the outcome of
 * `form.validate()`, and `serverAnswered()` whenever the API answers a submit.
 */
export function useFormFixes(form: Ref<FormInstance | undefined>, model: () => Record<string, unknown>) {
  const failing = reactive(new Set<string>())
  const attempted = ref(false)
  const edited = reactive(new Set<string>())

  function onValidate(prop: FormItemProp, valid: boolean) {
    if (valid) failing.delete(keyOf(prop))
    else failing.add(keyOf(prop))
  }

  // the red fields' values: a change checks that field again (its message goes when it is right)
  watch(
    () => [...failing].map((p) => [p, model()[p]] as const),
    (now, before) => {
      const previous = new Map(before)
      for (const [prop, value] of now) if (previous.has(prop) && previous.get(prop) !== value) void form.value?.validateField(prop).catch(() => undefined)
    },
  )

  // every edited field since the API last answered: its API problem is no longer current
  let snapshot: Record<string, unknown> = { ...model() }
  watch(
    () => ({ ...model() }),
    (now) => {
      for (const [field, value] of Object.entries(now)) if (snapshot[field] !== value) edited.add(field)
    },
    { deep: true },
  )

  return {
    onValidate,
    /** The banner: a submit was refused by the checks and a field is still red. */
    summary: computed(() => attempted.value && failing.size > 0),
    attempt(valid: boolean) {
      attempted.value = !valid
    },
    serverAnswered() {
      snapshot = { ...model() }
      edited.clear()
    },
    /** The API's text for a field, until the field is edited. */
    apiError: (field: string, text: string) => (edited.has(field) ? '' : text),
    reset() {
      attempted.value = false
      failing.clear()
      edited.clear()
      snapshot = { ...model() }
    },
  }
}
