import { describe, expect, it } from 'vitest'
import { InputInvalidException } from '../common/error-shape.js'
import { blankToNull, cleanAudience, createdFields, updatedFields } from './notice-fields.js'
import type { CreateNoticeDto } from './notice-request.dto.js'
import type { Notice } from './notice.entity.js'

const draft: CreateNoticeDto = {
  title: '集成电路政策解读',
  body: '正文',
  kind: 'policy_interpretation',
  startsAt: '2026-12-15T09:00:00+08:00',
  endsAt: '2026-12-15T12:00:00+08:00',
  registrationDeadline: '2026-12-14T18:00:00+08:00',
  venue: '会议室',
  capacity: 30,
}

/** The field problems a request makes (field → code), or [] when it passes. */
function problems(make: () => unknown): [string, string][] {
  try {
    make()
    return []
  } catch (e) {
    if (!(e instanceof InputInvalidException)) throw e
    const body = e.getResponse() as { details: { field: string; code: string }[] }
    return body.details.map((d) => [d.field, d.code])
  }
}

describe('a draft’s fields across fields', () => {
  it.each<[string, Partial<CreateNoticeDto>, [string, string][]]>([
    ['as given', {}, []],
    ['an end before the start', { endsAt: '2026-12-15T08:00:00+08:00' }, [['endsAt', 'OUT_OF_RANGE']]],
    ['an end at the start', { endsAt: '2026-12-15T09:00:00+08:00' }, [['endsAt', 'OUT_OF_RANGE']]],
    ['a deadline after the start', { registrationDeadline: '2026-12-15T09:00:01+08:00' }, [['registrationDeadline', 'OUT_OF_RANGE']]],
    ['a deadline at the start', { registrationDeadline: '2026-12-15T09:00:00+08:00' }, []],
    ['neither venue nor link', { venue: '  ' }, [['venue', 'REQUIRED']]],
    ['a link instead of a venue', { venue: null, onlineUrl: 'https://meeting.example.org/j/1' }, []],
    ['an output band upside down', { audience: { outputValueMin: 2, outputValueMax: 1 } }, [['audience.outputValueMax', 'OUT_OF_RANGE']]],
    ['all at once', { endsAt: '2026-12-15T08:00:00+08:00', venue: null, registrationDeadline: '2026-12-16T00:00:00+08:00' }, [['endsAt', 'OUT_OF_RANGE'], ['registrationDeadline', 'OUT_OF_RANGE'], ['venue', 'REQUIRED']]],
  ])('%s → %j', (_, change, expected) => {
    expect(problems(() => createdFields({ ...draft, ...change }))).toEqual(expected)
  })

  it('defaults: five attendees a registration, no measures, every enterprise', () => {
    expect(createdFields(draft)).toMatchObject({ attendeeLimit: 5, measureIds: [], audience: {}, onlineUrl: null })
  })
})

describe('a partial change', () => {
  const notice = { ...createdFields(draft), seatsTaken: 12 } as unknown as Notice
  it('keeps what it leaves out and clears a blanked venue only when a link remains', () => {
    expect(updatedFields({ title: '新标题' }, notice)).toMatchObject({ title: '新标题', venue: '会议室', capacity: 30 })
    expect(problems(() => updatedFields({ venue: '' }, notice))).toEqual([['venue', 'REQUIRED']])
    expect(updatedFields({ venue: '', onlineUrl: 'https://meeting.example.org/j/1' }, notice)).toMatchObject({ venue: null })
  })

  it.each<[number, [string, string][]]>([
    [12, []],
    [11, [['capacity', 'OUT_OF_RANGE']]],
  ])('capacity %i with 12 seats taken → %j', (capacity, expected) => {
    expect(problems(() => updatedFields({ capacity }, notice))).toEqual(expected)
  })
})

describe('the audience as stored', () => {
  it.each([
    [{}, {}],
    [{ industries: [], districts: [], keyEnterprise: null, outputValueMin: null, measureId: null }, {}],
    [{ industries: ['steel', 'petrochemical'], keyEnterprise: false, outputValueMax: 0 }, { industries: ['petrochemical', 'steel'], keyEnterprise: false, outputValueMax: 0 }],
  ])('%j → %j', (given, stored) => {
    expect(cleanAudience(given)).toEqual(stored)
  })

  it.each([[undefined, null], [null, null], ['', null], ['  ', null], ['礼堂', '礼堂']])('blank %j → %j', (given, expected) => {
    expect(blankToNull(given)).toBe(expected)
  })
})
