import { describe, expect, it } from 'vitest'
import { apiQueryOf, DEFAULT_INBOX, inboxFromQuery, queryOfInbox, tabCount } from './inbox-query'

const counts = { submitted: 58, dispatched: 118, inProgress: 208, responded: 90, closed: 480, withdrawn: 52, overdue: 185, dueSoon: 3, pendingExtension: 2, toAccept: 4, toAnswer: 6, awaitingOpinion: 3, reopened: 1, mine: 7 }

describe('inbox query', () => {
  it('reads the filters from the URL, and anything unknown falls back to the default', () => {
    expect(inboxFromQuery({})).toEqual(DEFAULT_INBOX)
    expect(inboxFromQuery({ tab: 'overdue', category: 'land', bureau: 'gov-pudong', enterprise: '91310115ma1k4c7l8x', q: ' 扩建 ', sort: 'due_asc' })).toEqual({
      ...DEFAULT_INBOX, tab: 'overdue', category: 'land', bureau: 'gov-pudong', enterprise: '91310115MA1K4C7L8X', q: '扩建', sort: 'due_asc',
    })
    expect(inboxFromQuery({ tab: 'nope', category: 'nope', bureau: 'nope', enterprise: '123', sort: 'random' })).toEqual(DEFAULT_INBOX)
  })

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(queryOfInbox(DEFAULT_INBOX)).toEqual({})
    const filters = { ...DEFAULT_INBOX, tab: 'dispatched' as const, bureau: 'sheitc', sort: 'due_asc' as const }
    expect(queryOfInbox(filters)).toEqual({ tab: 'dispatched', bureau: 'sheitc', sort: 'due_asc' })
    expect(inboxFromQuery(queryOfInbox(filters) as Record<string, string>)).toEqual(filters)
  })

  it("reads a bureau's queue from the 工作台's links and asks the API for exactly it", () => {
    const toAccept = inboxFromQuery({ tab: 'dispatched', part: 'lead', sort: 'due_asc' })
    expect(apiQueryOf(toAccept)).toEqual({ sort: 'due_asc', limit: 20, status: ['dispatched'], part: 'lead' })
    expect(apiQueryOf(inboxFromQuery({ awaitingOpinion: 'true' }))).toEqual({ sort: 'created_desc', limit: 20, awaitingOpinion: true })
    expect(apiQueryOf(inboxFromQuery({ tab: 'in_progress', reopened: 'true' }))).toMatchObject({ status: ['in_progress'], reopened: true })
    expect(inboxFromQuery({ part: 'boss', awaitingOpinion: 'maybe' })).toMatchObject({ part: '', awaitingOpinion: '' })
    expect(queryOfInbox(toAccept)).toEqual({ tab: 'dispatched', sort: 'due_asc', part: 'lead' })
  })

  it('asks the API for the tab: a status, or the overdue / due soon / extension views', () => {
    expect(apiQueryOf(DEFAULT_INBOX)).toEqual({ sort: 'created_desc', limit: 20 })
    expect(apiQueryOf({ ...DEFAULT_INBOX, tab: 'in_progress' })).toMatchObject({ status: ['in_progress'] })
    expect(apiQueryOf({ ...DEFAULT_INBOX, tab: 'overdue' })).toMatchObject({ overdue: true })
    expect(apiQueryOf({ ...DEFAULT_INBOX, tab: 'dueSoon' })).toMatchObject({ dueSoon: true })
    expect(apiQueryOf({ ...DEFAULT_INBOX, tab: 'pendingExtension' })).toMatchObject({ pendingExtension: true })
    expect(apiQueryOf({ ...DEFAULT_INBOX, category: 'rnd', enterprise: '91310115MA1K4C7L8X', q: 'SQ' }, 'cur-1')).toEqual({
      sort: 'created_desc', limit: 20, category: 'rnd', enterprise: '91310115MA1K4C7L8X', q: 'SQ', cursor: 'cur-1',
    })
  })

  it('reads and passes on the 三率 drill-down filters; malformed ones fall away', () => {
    const drill = { lead: 'planning', district: 'pudong', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-30', ratedFrom: '2026-06-01', ratedTo: '2026-11-30', rating: 'unsatisfied', reopened: 'true', everOverdue: 'true' }
    const filters = inboxFromQuery(drill)
    expect(filters).toEqual({ ...DEFAULT_INBOX, ...drill })
    expect(queryOfInbox(filters)).toEqual(drill)
    expect(apiQueryOf(filters)).toEqual({ sort: 'created_desc', limit: 20, ...drill, reopened: true, everOverdue: true })
    expect(inboxFromQuery({ lead: 'nope', district: 'mars', dispatchedFrom: '2026-02-30', ratedTo: 'soon', rating: 'meh', reopened: 'yes', everOverdue: '1' })).toEqual(DEFAULT_INBOX)
    expect(apiQueryOf({ ...DEFAULT_INBOX, everOverdue: 'false' })).toMatchObject({ everOverdue: false })
  })

  it('counts each tab from GET /api/appeals/counts', () => {
    expect(tabCount('all', counts)).toBe(58 + 118 + 208 + 90 + 480 + 52)
    expect(tabCount('in_progress', counts)).toBe(208)
    expect(tabCount('overdue', counts)).toBe(185)
    expect(tabCount('pendingExtension', counts)).toBe(2)
    expect(tabCount('mine', counts)).toBe(7)
  })

  it('asks for the open appeals of the coordinator’s own enterprises on the 我负责的企业 tab', () => {
    expect(apiQueryOf({ ...DEFAULT_INBOX, tab: 'mine' })).toMatchObject({ mine: true, status: ['submitted', 'dispatched', 'in_progress'] })
    expect(apiQueryOf(DEFAULT_INBOX)).not.toHaveProperty('mine')
    expect(inboxFromQuery({ tab: 'mine' }).tab).toBe('mine')
  })
})
