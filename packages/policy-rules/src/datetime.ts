/**
 * The portal's one clock for people: an instant as Shanghai wall-clock time, `YYYY-MM-DD HH:mm`,
 * whatever the zone of the browser or the server. The API's CSV exports and both apps use it (the
 * apps through @servicepack/ui), so a time reads the same on every page and in every file.
 */

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** An instant (a Date, an ISO string or epoch milliseconds) as `YYYY-MM-DD HH:mm` in Asia/Shanghai; '' when it is not a valid instant. */
export function shanghaiDateTimeOf(instant: Date | string | number): string {
  const date = instant instanceof Date ? instant : new Date(instant)
  if (Number.isNaN(date.getTime())) return ''
  const p = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}
