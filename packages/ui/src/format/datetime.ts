import { formatDueDay as dueDayText, shanghaiDateOf, shanghaiDateTimeOf } from '@servicepack/policy-rules'

/**
 * The portal's one clock: every time people read is Shanghai wall-clock time, `YYYY-MM-DD HH:mm`,
 * whatever the browser's zone (the API's CSV exports use the same function of the rules package);
 * every date `YYYY-MM-DD`. Both languages write them the same way.
 */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  return shanghaiDateTimeOf(value)
}

/** A calendar date: a `YYYY-MM-DD` stays as it is; an instant becomes its Shanghai date. */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? '' : shanghaiDateOf(date)
}

/**
 * A deadline as the working day it is due (the 1515 rule): zh "2026-12-11（周五）前", en "by Fri
 * 2026-12-11" — never midnight of the following day. `locale` is the app's (zh-CN, en).
 */
export function formatDueDay(value: string | number | Date | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return ''
  return dueDayText(value, locale.startsWith('en') ? 'en' : 'zh')
}
