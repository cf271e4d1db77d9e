import { catalogues } from '@servicepack/policy-rules'
import { amountKind, bureauName, codeName, factLabel, fieldLabel, langOf, measureOf, useVocabulary } from '@servicepack/ui'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

type Value = string | number | boolean | null | undefined

/**
 * Names and values in the current language: the shared texts and vocabulary of @servicepack/ui
 * (catalogues, fact definitions, measures of @servicepack/policy-rules; 未填写 for what is not filled in).
 */
export function useEnterpriseLabels() {
  const { t, locale } = useI18n()
  const vocabulary = useVocabulary()
  const lang = computed(() => langOf(locale.value))
  const code = (catalogue: 'industries' | 'districts', value: string | null | undefined) =>
    value ? codeName(catalogue, value, lang.value) : vocabulary.empty()
  /** A fact's value with its unit; unknown (absent or null) → 未填写. */
  const factValue = (fact: string, value: Value) => vocabulary.value(`facts.${fact}`, value)

  return {
    industryName: (value: string | null | undefined) => code('industries', value),
    districtName: (value: string | null | undefined) => code('districts', value),
    bureauName: (value: string) => bureauName(value, lang.value),
    measureName: (id: string) => measureOf(id)?.name[lang.value] ?? id,
    /** How a measure's money is given: to the enterprise, to each selected person, case by case, announced (rules pending), or none. */
    amountKind,
    /** A list of names, joined as the language writes lists. */
    list: (names: string[]) => names.join(lang.value === 'en' ? ', ' : '、'),
    factLabel: (fact: string) => factLabel(fact, lang.value),
    factValue,
    /** A field as the API names it (`facts.revenue`, `contactPhone`, `steward.phone`) and its label (shared with the portal). */
    changeLabel: (field: string) => fieldLabel(field, t, lang.value),
    /** A text that may be missing: the text, or 未填写. */
    text: vocabulary.text,
    dateTime: vocabulary.dateTime,
    options: computed(() => ({
      industries: catalogues.industries.map((e) => ({ value: e.code, label: e[lang.value] })),
      districts: catalogues.districts.map((e) => ({ value: e.code, label: e[lang.value] })),
    })),
  }
}
