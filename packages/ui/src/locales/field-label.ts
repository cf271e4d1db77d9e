import { factDefinitions } from '@servicepack/policy-rules'
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
  // The steward: `steward` names the person (a coordinator account) and `steward.phone` the number to
  // call; `steward.name`/`.email` are history rows from before stewards were accounts.
  steward: 'ui.fields.steward',
  stewardSub: 'ui.fields.steward',
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

const CONTACT_ORDER = ['name', 'contactName', 'contactPhone', 'contactEmail']
const FACT_ORDER = factDefinitions.map((d) => `facts.${d.name}`)
const STEWARD_ORDER = ['steward', 'steward.name', 'steward.phone', 'steward.email']

function rank(field: string): [number, number] {
  for (const [group, order] of [CONTACT_ORDER, FACT_ORDER, STEWARD_ORDER].entries()) {
    const at = order.indexOf(field)
    if (at >= 0) return [group, at]
  }
  return [3, 0]
}

/** Sorts fields as the profile shows them: name and contacts, the facts in their form order, the steward, the rest. */
export function fieldOrder(a: string, b: string): number {
  const [ga, ia] = rank(a)
  const [gb, ib] = rank(b)
  return ga - gb || ia - ib || (a < b ? -1 : a > b ? 1 : 0)
}
