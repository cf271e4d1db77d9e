/**
 * A notice as an iCalendar (RFC 5545) entry for the enterprise's calendar. Pure: times in UTC,
 * text escaped (\\ ; , and line breaks), lines folded at 75 octets without splitting a UTF-8
 * character, CRLF line ends.
 */
export interface IcsEvent {
  uid: string
  stamp: Date
  start: Date
  end: Date
  summary: string
  description: string
  location: string | null
  url: string | null
  organizer: string
  status: 'CONFIRMED' | 'CANCELLED'
  /** Increases with each change, so calendars replace the entry they hold. */
  sequence: number
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

export function escapeIcsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n')
}

/** Folds a content line at 75 octets (continuation lines start with a space). */
export function foldIcsLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8')
    const limit = out.length === 0 ? 75 : 74
    if (octets + n > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  out.push(current)
  return out.join('\r\n ')
}

export function toIcs(e: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Service Pack portal//Training notices//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utc(e.stamp)}`,
    `DTSTART:${utc(e.start)}`,
    `DTEND:${utc(e.end)}`,
    `SEQUENCE:${e.sequence}`,
    `STATUS:${e.status}`,
    `SUMMARY:${escapeIcsText(e.summary)}`,
    `DESCRIPTION:${escapeIcsText(e.description)}`,
    ...(e.location ? [`LOCATION:${escapeIcsText(e.location)}`] : []),
    ...(e.url ? [`URL:${e.url.replace(/[\r\n]/g, '')}`] : []),
    `ORGANIZER;CN=${escapeIcsText(e.organizer).replace(/[:"]/g, '')}:mailto:noreply@servicepack.example`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(e.summary)}`,
    'TRIGGER:-PT1H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldIcsLine).join('\r\n') + '\r\n'
}
