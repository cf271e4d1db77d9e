import type { FieldCode } from '@servicepack/api-client'
import { PHONE_PATTERN } from '@servicepack/policy-rules'
import { useErrorText } from '@servicepack/ui'
import type { FormRules } from 'element-plus'
import { computed, reactive, watch } from 'vue'
import { useI18n } from 'vue-i18n'

export type StewardField = 'stewardSub' | 'phone'
export const STEWARD_FIELDS: readonly StewardField[] = ['stewardSub', 'phone']

/**
 * The steward form both dialogs share (one enterprise, and the selected ones): the coordinator and
 * the phone, their rules, and the API's complaint about each field said by its code
 * (「电话格式不正确」) until the field is edited.
 */
export function useStewardForm() {
  const { t } = useI18n()
  const { fieldErrorText } = useErrorText()
  const model = reactive({ stewardSub: '', phone: '' })
  /** Why the API refused each field (400 `details`), until the field is edited. */
  const serverCodes = reactive<Partial<Record<StewardField, FieldCode>>>({})
  const rules = computed<FormRules<typeof model>>(() => ({
    stewardSub: [{ required: true, message: t('enterprises.steward.rules.personRequired'), trigger: 'change' }],
    phone: [
      { required: true, whitespace: true, message: t('enterprises.steward.rules.phoneRequired'), trigger: 'blur' },
      { pattern: PHONE_PATTERN, message: t('enterprises.steward.rules.phoneInvalid'), trigger: 'blur' },
    ],
  }))
  const serverErrors = computed(() => {
    const texts: Partial<Record<StewardField, string>> = {}
    for (const field of STEWARD_FIELDS) {
      const code = serverCodes[field]
      if (code) texts[field] = fieldErrorText(code, t(`enterprises.steward.${field === 'stewardSub' ? 'person' : field}`))
    }
    return texts
  })
  for (const field of STEWARD_FIELDS) watch(() => model[field], () => delete serverCodes[field])
  return { model, serverCodes, rules, serverErrors }
}
