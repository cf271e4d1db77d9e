import { appealCategory, catalogues, formatYuanRange, type AmountRange } from '@servicepack/policy-rules'
import { fieldErrors } from '@servicepack/api-client'
import { errorText, type Translate } from '../errors/error-text'
import { formatDueDay } from '../format/datetime'
import { shanghaiDateTime } from '../locales/shanghai-time'
import { associationName, bureauName, measureOf, type Lang } from '../policy/texts'
import type { AppealEvent, AppealNotification, AppealRating } from './types'

/** The routing catalogue's categories, in catalogue order, named in `lang` (for selects). */
export function categoryOptions(lang: Lang): { value: string; label: string }[] {
  return catalogues.appealCategories.map((c) => ({ value: c.code, label: c[lang] }))
}

/** Every bureau of the catalogue (city bureaus first, then district governments), named in `lang`. */
export function bureauOptions(lang: Lang): { value: string; label: string; kind: string }[] {
  return catalogues.bureaus.map((b) => ({ value: b.code, label: b[lang], kind: b.kind }))
}

export function categoryName(code: string, lang: Lang): string {
  return appealCategory(code)?.[lang] ?? code
}

export function measureName(id: string | null | undefined, lang: Lang): string | null {
  if (!id) return null
  return measureOf(id)?.name[lang] ?? id
}

/** 市经济信息化委、市科委 — bureau names joined the way each language lists them. */
export function bureauList(codes: readonly string[], lang: Lang): string {
  return codes.map((code) => bureauName(code, lang)).join(lang === 'zh' ? '、' : ', ')
}

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')

/** Actions whose note is something said to the other parties: they make the conversation. */
export const CONVERSATION_ACTIONS: readonly string[] = ['submit', 'message', 'opinion', 'respond', 'return', 'rate', 'withdraw', 'request_extension']

const EVENT_KEYS = new Set([
  'submit', 'dispatch', 'accept', 'return', 'respond', 'rate', 'withdraw', 'opinion', 'message', 'request_extension',
  'approve_extension', 'refuse_extension', 'close', 'auto_close', 'attach', 'detach',
])

/** What happened, in words: 签收了诉求. */
export function eventActionText(event: Pick<AppealEvent, 'action'>, t: Translate): string {
  return t(`ui.appeals.events.${EVENT_KEYS.has(event.action) ? event.action : 'other'}`)
}

/**
 * Who acted, by name and unit, never by login (issue 19 §4): 主办单位 · 市经济信息化委 赵立新,
 * 陈晓东（协调员）, 王明远（企业）, 系统. Without a name (never known, or `withNames` off: the enterprise
 * sees the handlers' units, not their officers) the party and unit alone.
 */
export function eventActorText(event: Pick<AppealEvent, 'party' | 'actorBureau'> & { actorName?: string | null }, t: Translate, lang: Lang, withNames = true): string {
  const party = t(`ui.appeals.party.${event.party}`)
  const name = event.party !== 'system' && (withNames || event.party === 'owner') ? event.actorName : null
  if (event.actorBureau) return name ? `${party} · ${bureauName(event.actorBureau, lang)} ${name}` : `${party} · ${bureauName(event.actorBureau, lang)}`
  return name ? t('ui.appeals.nameWithRole', { name, role: party }) : party
}

/** The details an event's data carries, in words (bureaus of a dispatch, a rating, working days), or ''. */
export function eventDetailText(event: Pick<AppealEvent, 'action' | 'data' | 'note'>, t: Translate, lang: Lang): string {
  const data = event.data ?? {}
  switch (event.action) {
    case 'dispatch': {
      if (!str(data.leadBureau)) return ''
      const assisting = Array.isArray(data.assistingBureaus) ? (data.assistingBureaus as string[]) : []
      const complexity = data.complexity === 'complex' ? 'complex' : 'simple'
      return t('ui.appeals.timeline.dispatchDetail', {
        lead: bureauName(str(data.leadBureau), lang),
        assisting: assisting.length ? bureauList(assisting, lang) : t('ui.appeals.timeline.noAssisting'),
        complexity: t(`ui.appeals.complexity.${complexity}`),
      })
    }
    case 'rate': {
      const parts = [t(`ui.appeals.resolved.${data.resolved ? 'yes' : 'no'}`)]
      if (typeof data.rating === 'string') parts.push(t(`ui.appeals.rating.${data.rating}`))
      const text = parts.join(' · ')
      if (!data.reopened) return text
      const due = str(data.answerDueAt) ? t('ui.appeals.timeline.newAnswerDue', { time: formatDueDay(str(data.answerDueAt), lang) }) : ''
      return `${text}。${t('ui.appeals.timeline.reopened')}${due}`
    }
    case 'respond': {
      // the lead answered without the assisting opinion it was awaiting, and said why
      const skipped = Array.isArray(data.skippedAssisting) ? (data.skippedAssisting as string[]) : []
      return skipped.length ? t('ui.appeals.timeline.opinionSkipped', { bureaus: bureauList(skipped, lang), reason: str(data.skipReason) }) : ''
    }
    case 'request_extension':
    case 'refuse_extension':
      return typeof data.workingDays === 'number' ? t('ui.appeals.timeline.extensionDetail', { n: data.workingDays }) : ''
    case 'approve_extension':
      return typeof data.workingDays === 'number'
        ? data.answerDueAt
          ? t('ui.appeals.timeline.extensionApproved', { n: data.workingDays, time: formatDueDay(str(data.answerDueAt), lang) })
          : t('ui.appeals.timeline.extensionDetail', { n: data.workingDays })
        : ''
    case 'attach':
    case 'detach':
      return event.note ? t('ui.appeals.timeline.attachment', { name: event.note }) : ''
    default:
      return ''
  }
}

/** The measure a notification names: its own name in the data, else the catalogue's. */
function measureText(d: Record<string, unknown>, lang: Lang): string {
  const name = d.name as { zh?: unknown; en?: unknown } | undefined
  const own = lang === 'zh' ? name?.zh : name?.en
  if (typeof own === 'string' && own) return own
  return typeof d.measureId === 'string' ? (measureName(d.measureId, lang) ?? d.measureId) : ''
}

/** A notification in words, from its kind and data (the API sends facts, the apps word them). */
export function notificationText(notification: Pick<AppealNotification, 'kind' | 'data'>, t: Translate, lang: Lang): string {
  const d = notification.data ?? {}
  const due = str(d.dueAt) ? formatDueDay(str(d.dueAt), lang) : t('ui.notifications.noDue')
  const bureauCode = str(d.bureau) || str(d.leadBureau)
  const named = {
    number: str(d.number),
    title: str(d.title),
    due,
    enterprise: str(d.enterprise) || t('ui.notifications.someone'),
    bureau: bureauCode ? bureauName(bureauCode, lang) : t('ui.notifications.aBureau'),
    reason: str(d.reason),
    n: str(d.workingDays),
    rating: typeof d.rating === 'string' ? t(`ui.appeals.rating.${d.rating as AppealRating}`) : '',
    association: str(d.association) ? associationName(str(d.association), lang) : '',
    start: str(d.startsAt) ? shanghaiDateTime(str(d.startsAt)) : '',
    measure: measureText(d, lang),
    amount: d.amount && typeof d.amount === 'object' ? formatYuanRange(d.amount as AmountRange, lang) : '',
    outcome: typeof d.outcome === 'string' ? t(`ui.notifications.outcomes.${d.outcome as 'granted' | 'more_info' | 'refused'}`) : '',
  }
  switch (notification.kind) {
    case 'measure_eligible':
      // 免申即享 (issue 23 §3): with the amount when the measure gives the enterprise money
      return t(named.amount ? 'ui.notifications.kinds.measure_eligible' : 'ui.notifications.kinds.measure_eligible_no_amount', named)
    case 'application_answered':
      return t('ui.notifications.kinds.application_answered', named)
    case 'dispatched':
      // the enterprise hears which bureau has it; the bureau hears it must accept
      return t(d.leadBureau ? 'ui.notifications.kinds.dispatchedToEnterprise' : 'ui.notifications.kinds.dispatched', named)
    case 'closed':
      return t(d.auto ? 'ui.notifications.kinds.closedAuto' : 'ui.notifications.kinds.closed', named)
    case 'submitted':
    case 'assisting':
    case 'accepted':
    case 'returned':
    case 'opinion':
    case 'opinion_skipped':
    case 'responded':
    case 'message':
    case 'reminder':
    case 'overdue':
    case 'rated':
    case 'reopened':
    case 'withdrawn':
    case 'extension_requested':
    case 'extension_approved':
    case 'extension_refused':
    case 'notice_published':
    case 'notice_changed':
    case 'notice_cancelled':
    case 'notice_promoted':
    case 'notice_reminder':
      return t(`ui.notifications.kinds.${notification.kind}`, named)
    default:
      return t('ui.notifications.kinds.other', named)
  }
}

/** Why an upload failed: a file the API refused by its content is said as such, anything else by its code. */
export function uploadErrorText(error: unknown, t: Translate): string {
  return fieldErrors(error).file ? t('ui.appeals.attachments.notAllowed') : errorText(error, t)
}
