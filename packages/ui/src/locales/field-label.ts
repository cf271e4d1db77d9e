import { useI18n } from 'vue-i18n'
import type { Translate } from '../errors/error-text'
import { factLabel, factOf, langOf, type Lang } from '../policy/texts'

/** Fields of an enterprise record that are not facts, by the name the API gives them. */
const FIELD_KEYS: Partial<Record<string, string>> = {
  name: 'ui.fields.name',
  contactName: 'ui.fields.contactName',
  contactPhone: 'ui.fields.contactPhone',
  contactEmail: 'ui.fields.contactEmail',
  facts: 'ui.fields.facts',
  version: 'ui.fields.version',
  // History rows before the steward was recorded per field.
  steward: 'ui.fields.steward',
  'steward.name': 'ui.fields.stewardName',
  'steward.phone': 'ui.fields.stewardPhone',
  'steward.email': 'ui.fields.stewardEmail',
}

/**
 * The label of a field as the API names it in history rows and error details (`facts.revenue`,
 * `contactPhone`, `steward.phone`); a field it does not know keeps its name (and asks vue-i18n nothing).
 */
export function fieldLabel(field: string, t: Translate, lang: Lang): string {
  const fact = field.startsWith('facts.') ? field.slice('facts.'.length) : field
  if (factOf(fact)) return factLabel(fact, lang)
  const key = FIELD_KEYS[field]
  return key ? t(key) : field
}

/** `fieldLabel` in the component's current language. */
export function useFieldLabel(): (field: string) => string {
  const { t, locale } = useI18n()
  return (field) => fieldLabel(field, t, langOf(locale.value))
}
