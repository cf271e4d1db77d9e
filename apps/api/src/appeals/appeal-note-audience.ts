import type { AppealViewer } from './appeal-access.js'
import { APPEAL_ACTIONS, type Party } from './appeal-state.js'

/**
 * Who may read what on an appeal's timeline (pure, one table): for each kind of event, who sees the
 * event at all and who reads its note. Readers are the enterprise (the appeal's owner), the bureaus
 * (lead and assisting) and the coordinators (an admin reads what a coordinator reads).
 *
 * What is said among the handlers stays theirs: the coordinator's dispatch note (a note for the
 * bureaus), a bureau's return reason (to the coordinator), an extension's reason and the
 * coordinator's decision on it, and the assisting bureaus' opinions (the enterprise reads the answer).
 * What the enterprise itself wrote, what is written to it (the answer, messages, the closing note)
 * and file names are everyone's.
 *
 * Applied by the timeline (`GET /api/appeals/:id/events`), the appeal's `extension`, and nowhere
 * else needed: notifications and e-mails to the enterprise carry the appeal's number and title
 * only (mail-texts.ts), the list and its export no notes at all.
 */
export const NOTE_READERS = ['enterprise', 'bureaus', 'coordinators'] as const
export type NoteReader = (typeof NOTE_READERS)[number]

/** Every kind of event an appeal's timeline records: the actions of appeal-state.ts and four more. */
export const APPEAL_EVENT_KINDS = ['submit', ...APPEAL_ACTIONS, 'attach', 'detach', 'overdue'] as const
export type AppealEventKind = (typeof APPEAL_EVENT_KINDS)[number]

export interface EventAudience {
  /** who sees that the event happened */
  event: readonly NoteReader[]
  /** who reads its note (always within `event`) */
  note: readonly NoteReader[]
}

const EVERYONE: readonly NoteReader[] = NOTE_READERS
const HANDLERS: readonly NoteReader[] = ['bureaus', 'coordinators']
const open: EventAudience = { event: EVERYONE, note: EVERYONE }
const internalNote: EventAudience = { event: EVERYONE, note: HANDLERS }

export const EVENT_AUDIENCE: Readonly<Record<AppealEventKind, EventAudience>> = {
  submit: open,
  dispatch: internalNote, // the coordinator's note for the bureaus
  accept: open,
  return: internalNote, // the lead bureau's reason, to the coordinator
  respond: open, // the answer
  rate: open, // the enterprise's own comment
  withdraw: open, // the enterprise's own reason
  opinion: { event: HANDLERS, note: HANDLERS }, // the assisting bureaus' opinions to the lead bureau
  message: open, // 留言 to every party of the appeal
  request_extension: internalNote, // the lead bureau's reason, to the coordinator
  approve_extension: internalNote, // the coordinator's note, to the bureau
  refuse_extension: internalNote,
  close: open, // the coordinator's closing note on the enterprise's answered appeal
  auto_close: open,
  attach: open, // the file name (the file itself is everyone's who sees the appeal)
  detach: open, // the file name of an attachment its uploader removed
  overdue: open,
}

/** A kind the table does not know (a future event) shows to the handlers only. */
const UNKNOWN: EventAudience = { event: HANDLERS, note: HANDLERS }

export function eventAudience(kind: string): EventAudience {
  return Object.prototype.hasOwnProperty.call(EVENT_AUDIENCE, kind) ? EVENT_AUDIENCE[kind as AppealEventKind] : UNKNOWN
}

/** As which readers the viewer reads an appeal, given their parties on it (appeal-access.ts). */
export function noteReadersOf(viewer: Pick<AppealViewer, 'roles'>, parties: readonly Party[]): NoteReader[] {
  const readers = new Set<NoteReader>()
  if (parties.includes('owner')) readers.add('enterprise')
  if (parties.includes('lead') || parties.includes('assisting')) readers.add('bureaus')
  if (parties.includes('coordinator') || viewer.roles.includes('admin')) readers.add('coordinators')
  return NOTE_READERS.filter((r) => readers.has(r))
}

const reads = (audience: readonly NoteReader[], readers: readonly NoteReader[]) => readers.some((r) => audience.includes(r))

/** Does one of `readers` see that an event of this kind happened? */
export function seesEvent(kind: string, readers: readonly NoteReader[]): boolean {
  return reads(eventAudience(kind).event, readers)
}

/** The note as `readers` may read it: the note, or null. */
export function noteFor<T extends string | null>(kind: string, note: T, readers: readonly NoteReader[]): T | null {
  return reads(eventAudience(kind).note, readers) ? note : null
}
