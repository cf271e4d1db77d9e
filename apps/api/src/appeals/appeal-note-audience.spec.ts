import { describe, expect, it } from 'vitest'
import type { Role } from '../auth/principal.js'
import { APPEAL_EVENT_KINDS, EVENT_AUDIENCE, noteFor, noteReadersOf, seesEvent, type NoteReader } from './appeal-note-audience.js'
import type { Party } from './appeal-state.js'

const E: NoteReader[] = ['enterprise']
const B: NoteReader[] = ['bureaus']
const C: NoteReader[] = ['coordinators']

describe('who reads the note of each kind of event', () => {
  // kind → [enterprise sees the event, enterprise reads the note, bureaus read it, coordinators read it]
  it.each([
    ['submit', true, true, true, true],
    ['dispatch', true, false, true, true],
    ['accept', true, true, true, true],
    ['return', true, false, true, true],
    ['respond', true, true, true, true],
    ['rate', true, true, true, true],
    ['withdraw', true, true, true, true],
    ['opinion', false, false, true, true],
    ['message', true, true, true, true],
    ['request_extension', true, false, true, true],
    ['approve_extension', true, false, true, true],
    ['refuse_extension', true, false, true, true],
    ['close', true, true, true, true],
    ['auto_close', true, true, true, true],
    ['attach', true, true, true, true],
    ['detach', true, true, true, true],
    ['overdue', true, true, true, true],
    ['some_future_event', false, false, true, true],
    ['constructor', false, false, true, true],
  ] as const)('%s: enterprise sees it %s, reads its note %s; bureaus %s; coordinators %s', (kind, enterpriseSees, enterpriseReads, bureaus, coordinators) => {
    expect(seesEvent(kind, E)).toBe(enterpriseSees)
    expect(noteFor(kind, 'x', E)).toBe(enterpriseReads ? 'x' : null)
    expect(noteFor(kind, 'x', B)).toBe(bureaus ? 'x' : null)
    expect(noteFor(kind, 'x', C)).toBe(coordinators ? 'x' : null)
    expect(seesEvent(kind, B) && seesEvent(kind, C)).toBe(true)
  })

  it('covers every kind of event, and a note is never read by someone who does not see its event', () => {
    expect(Object.keys(EVENT_AUDIENCE).sort()).toEqual([...APPEAL_EVENT_KINDS].sort())
    for (const kind of APPEAL_EVENT_KINDS) {
      for (const reader of EVENT_AUDIENCE[kind].note) expect(EVENT_AUDIENCE[kind].event, kind).toContain(reader)
    }
  })

  it('a viewer who is several readers reads what any of them reads', () => {
    expect(noteFor('dispatch', 'x', ['enterprise', 'coordinators'])).toBe('x')
    expect(noteFor('dispatch', 'x', [])).toBeNull()
    expect(seesEvent('submit', [])).toBe(false)
  })
})

describe('as which readers a viewer reads', () => {
  it.each([
    [['enterprise'], ['owner'], ['enterprise']],
    [['enterprise'], [], []],
    [['bureau_officer'], ['lead'], ['bureaus']],
    [['bureau_officer'], ['assisting'], ['bureaus']],
    [['coordinator'], ['coordinator'], ['coordinators']],
    [['admin'], [], ['coordinators']],
    [['coordinator', 'bureau_officer'], ['coordinator', 'lead'], ['bureaus', 'coordinators']],
    [['association'], [], []],
  ] as [Role[], Party[], NoteReader[]][])('%j as %j → %j', (roles, parties, readers) => {
    expect(noteReadersOf({ roles }, parties)).toEqual(readers)
  })
})
