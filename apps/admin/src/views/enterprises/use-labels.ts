import { catalogues, factDefinition, formatYuan, measures, type FactDefinition } from '@servicepack/policy-rules'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

type Entry = { code: string; zh: string; en: string }
type Value = string | number | boolean | null | undefined

const byCode = (entries: readonly Entry[]) => new Map(entries.map((e) => [e.code, e]))
const industries = byCode(catalogues.industries)
const districts = byCode(catalogues.districts)
const bureaus = byCode(catalogues.bureaus)
const measuresById = new Map(measures.map((m) => [m.id, m]))

/** Profile fields that are not facts, as named in the change history. */
const FIELD_KEYS: Record<string, string> = {
  name: 'enterprises.fields.name',
  contactName: 'enterprises.fields.contactName',
  contactPhone: 'enterprises.fields.contactPhone',
  contactEmail: 'enterprises.fields.contactEmail',
  steward: 'enterprises.fields.steward',
}

/**
 * Names and values for display, in the current language, from the one source of each:
 * catalogues, fact definitions and measures of @servicepack/policy-rules.
 */
export function useEnterpriseLabels() {
  const { t, locale } = useI18n()
  const lang = computed(() => (locale.value === 'en' ? 'en' : 'zh'))

  const name = (map: Map<string, Entry>, code: string | null | undefined) => {
    if (!code) return t('enterprises.unknown')
    const entry = map.get(code)
    return entry ? entry[lang.value] : code
  }

  /** A fact's value with its unit; unknown (absent or null) → 未填写. */
  function factValue(def: FactDefinition | undefined, value: Value): string {
    if (value === null || value === undefined || value === '') return t('enterprises.unknown')
    if (!def) return String(value)
    switch (def.type) {
      case 'code':
        return name(def.catalogue === 'districts' ? districts : industries, String(value))
      case 'boolean':
        return value ? t('enterprises.yes') : t('enterprises.no')
      case 'yuan':
        return typeof value === 'number' ? formatYuan(value, lang.value) : String(value)
      case 'tonnes':
        return t('enterprises.units.tce', { n: value })
      case 'count':
        return t('enterprises.units.persons', { n: value })
    }
  }

  return {
    industryName: (code: string | null | undefined) => name(industries, code),
    districtName: (code: string | null | undefined) => name(districts, code),
    bureauName: (code: string) => name(bureaus, code),
    measureName: (id: string) => measuresById.get(id)?.name[lang.value] ?? id,
    /** False for measures that give no money (services, land, finance products). */
    givesMoney: (id: string) => measuresById.get(id)?.amount.kind !== 'none',
    /** A list of names, joined as the language writes lists. */
    list: (names: string[]) => names.join(lang.value === 'en' ? ', ' : '、'),
    factLabel: (fact: string) => factDefinition(fact)?.label[lang.value] ?? fact,
    factValue: (fact: string, value: Value) => factValue(factDefinition(fact), value),
    /** A history field (`facts.revenue`, `contactPhone`, `steward`) and its label. */
    changeLabel(field: string): string {
      if (field.startsWith('facts.')) return factDefinition(field.slice(6))?.label[lang.value] ?? field
      const key = FIELD_KEYS[field]
      return key ? t(key) : field
    },
    changeValue(field: string, value: Value): string {
      if (field.startsWith('facts.')) return factValue(factDefinition(field.slice(6)), value)
      return value === null || value === undefined || value === '' ? t('enterprises.empty') : String(value)
    },
    options: computed(() => ({
      industries: catalogues.industries.map((e) => ({ value: e.code, label: e[lang.value] })),
      districts: catalogues.districts.map((e) => ({ value: e.code, label: e[lang.value] })),
    })),
  }
}
