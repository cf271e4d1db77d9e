import { bureauList, bureauName, categoryName, type Lang } from '@servicepack/ui'

/**
 * A catalogue change in words (目录管理 → 变更记录, issue 19 §4): the entry by name (a category, a
 * template by its title, a day or a year of the calendar), and the value before and after in the
 * reader's language — bureaus by name, days as 工作日/休息日, the policy's fields with their units.
 * Never a raw key or an English field name; something unknown is said as such.
 */
export interface ChangeLike {
  catalogue: string
  entryKey: string
  action: string
  before: unknown
  after: unknown
}

export interface ChangeWords {
  entry: string
  before: string
  after: string
}

type Translate = (key: string, values?: Record<string, unknown>) => string

const POLICY_UNITS: Record<string, 'workingDays' | 'hours'> = {
  acceptDays: 'workingDays',
  simpleDays: 'workingDays',
  complexDays: 'workingDays',
  rateDays: 'workingDays',
  reminderHours: 'hours',
  dueSoonDays: 'workingDays',
  openDataDays: 'workingDays',
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const DATE = /^\d{4}-\d{2}-\d{2}$/
const YEAR = /^\d{4}$/

function dayText(value: unknown, t: Translate): string {
  if (!isRecord(value)) return t('catalogue.changes.none')
  const kind = value.working ? t('catalogue.changes.workday') : t('catalogue.changes.restDay')
  return typeof value.name === 'string' && value.name ? t('catalogue.changes.dayNamed', { kind, name: value.name }) : kind
}

function yearText(value: unknown, t: Translate): string {
  if (!isRecord(value)) return t('catalogue.changes.none')
  const days = Object.values(value)
  const known = days.filter(isRecord)
  if (known.length === 0) return t('catalogue.changes.notSet', { n: days.length })
  const work = known.filter((d) => d.working).length
  return t('catalogue.changes.daysSummary', { n: known.length, work, rest: known.length - work })
}

function routingText(value: unknown, t: Translate, lang: Lang): string {
  if (!isRecord(value)) return t('catalogue.changes.none')
  const assisting = Array.isArray(value.assisting) ? (value.assisting as string[]) : []
  return t('catalogue.changes.routingValue', {
    lead: typeof value.lead === 'string' ? bureauName(value.lead, lang) : t('catalogue.changes.none'),
    assisting: assisting.length ? bureauList(assisting, lang) : t('catalogue.changes.none'),
    district: value.districtGovernment ? t('catalogue.changes.yes') : t('catalogue.changes.no'),
  })
}

/** The policy's fields that differ (all of them when nothing differs or a side is missing), in words. */
function policyText(value: unknown, other: unknown, t: Translate): string {
  if (!isRecord(value)) return t('catalogue.changes.none')
  const keys = Object.keys(value).filter((k) => k in POLICY_UNITS)
  const changed = isRecord(other) ? keys.filter((k) => other[k] !== value[k]) : keys
  const shown = changed.length ? changed : keys
  if (shown.length === 0) return t('catalogue.changes.unknownValue')
  return shown.map((k) => t('catalogue.changes.policyField', { field: t(`catalogue.policy.${k}`), n: String(value[k]), unit: t(`catalogue.changes.units.${POLICY_UNITS[k]!}`) })).join(t('catalogue.changes.separator'))
}

function templateText(value: unknown, t: Translate, lang: Lang): string {
  if (!isRecord(value)) return t('catalogue.changes.none')
  const body = typeof value.body === 'string' ? value.body.replace(/\s+/g, ' ').trim() : ''
  return t('catalogue.changes.templateValue', {
    bureau: typeof value.bureau === 'string' ? bureauName(value.bureau, lang) : t('catalogue.changes.none'),
    title: typeof value.title === 'string' ? value.title : '',
    body: body.length > 40 ? `${body.slice(0, 40)}…` : body,
  })
}

export function changeWords(change: ChangeLike, t: Translate, lang: Lang): ChangeWords {
  const { catalogue, entryKey, before, after } = change
  switch (catalogue) {
    case 'routing':
      return { entry: categoryName(entryKey, lang), before: routingText(before, t, lang), after: routingText(after, t, lang) }
    case 'deadline-policy':
      return { entry: t('catalogue.changes.policyEntry'), before: policyText(before, after, t), after: policyText(after, before, t) }
    case 'calendar':
      if (YEAR.test(entryKey)) return { entry: t('catalogue.changes.year', { year: entryKey }), before: yearText(before, t), after: yearText(after, t) }
      return { entry: DATE.test(entryKey) ? entryKey : t('catalogue.changes.unknownEntry'), before: dayText(before, t), after: dayText(after, t) }
    case 'response-templates': {
      const title = [after, before].map((v) => (isRecord(v) && typeof v.title === 'string' ? v.title : null)).find((x) => x)
      return { entry: title ? t('catalogue.changes.templateEntry', { title }) : t('catalogue.changes.unknownEntry'), before: templateText(before, t, lang), after: templateText(after, t, lang) }
    }
    default:
      return { entry: t('catalogue.changes.unknownEntry'), before: t('catalogue.changes.unknownValue'), after: t('catalogue.changes.unknownValue') }
  }
}
