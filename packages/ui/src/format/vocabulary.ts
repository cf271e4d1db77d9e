import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Translate } from '../errors/error-text'
import type { Status } from '@servicepack/policy-rules'
import { factOf, formatFactValue, langOf, type Lang } from '../policy/texts'
import { formatDate, formatDateTime } from './datetime'

type Value = string | number | boolean | null | undefined

/** True for a value nobody has given: null, absent or blank. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
}

/**
 * A stored value for people, in one vocabulary for both apps: a fact with its unit and catalogue name
 * (`facts.revenue`, `industry`), 是/否 for yes and no, and the one empty value (未填写 / Not provided).
 */
export function formatValue(field: string, value: Value, t: Translate, lang: Lang): string {
  if (isEmptyValue(value)) return t('ui.common.empty')
  const fact = field.startsWith('facts.') ? field.slice('facts.'.length) : field
  if (factOf(fact)) return formatFactValue(fact, value, lang)
  if (typeof value === 'boolean') return t(value ? 'ui.common.yes' : 'ui.common.no')
  return String(value)
}

/**
 * The shared words and the one clock, bound to the component's language: status words, the empty
 * value, yes/no, values of fields, date-times (Shanghai, `YYYY-MM-DD HH:mm`) and dates.
 */
export function useVocabulary() {
  const { t, locale } = useI18n()
  const lang = computed(() => langOf(locale.value))
  return {
    lang,
    status: (status: Status) => t(`ui.measure.status.${status}`),
    empty: () => t('ui.common.empty'),
    yesNo: (value: boolean) => t(value ? 'ui.common.yes' : 'ui.common.no'),
    value: (field: string, value: Value) => formatValue(field, value, t, lang.value),
    /** A text, or the empty value when there is none. */
    text: (value: string | null | undefined) => (isEmptyValue(value) ? t('ui.common.empty') : String(value)),
    dateTime: formatDateTime,
    date: formatDate,
  }
}

/** A person's name the way people write it (王明远): one rule with the API, in policy-rules. */
export { personName } from '@servicepack/policy-rules'
