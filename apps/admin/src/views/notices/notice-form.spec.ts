import { describe, expect, it } from 'vitest'
import { audienceOf, emptyForm, formOf, inputOf, instantOf, wallOf } from './notice-form'

describe('the notice form', () => {
  it('reads and writes Beijing wall-clock times, whatever the browser’s zone', () => {
    expect(instantOf('2026-12-17 09:00')).toBe('2026-12-17T09:00:00+08:00')
    expect(instantOf('2026-12-17')).toBe('')
    expect(wallOf('2026-12-17T01:00:00.000Z')).toBe('2026-12-17 09:00')
  })

  it('starts with the association’s industries as the audience', () => {
    expect(emptyForm('sh-ic-association').industries).toEqual(['integrated-circuits'])
    expect(emptyForm(null).industries).toEqual([])
  })

  it('sends output values in yuan and "any" as null', () => {
    const f = { ...emptyForm(null), outputMinWan: 100_000, keyEnterprise: 'yes' as const, audienceMeasureId: 'basic-research' }
    expect(audienceOf(f)).toEqual({ industries: [], districts: [], keyEnterprise: true, outputValueMin: 1_000_000_000, outputValueMax: null, measureId: 'basic-research' })
    expect(audienceOf(emptyForm(null))).not.toHaveProperty('measureId')
  })

  it('round-trips a notice', () => {
    const input = inputOf({ ...emptyForm('sh-ic-association'), title: 'T', body: 'B', startsAt: '2026-12-17 09:00', endsAt: '2026-12-17 11:30', registrationDeadline: '2026-12-16 18:00', venue: '张江' })
    const notice = {
      ...input,
      startsAt: '2026-12-17T01:00:00.000Z', endsAt: '2026-12-17T03:30:00.000Z', registrationDeadline: '2026-12-16T10:00:00.000Z',
      venue: '张江', onlineUrl: null, attendeeLimit: 3, measureIds: [],
      audience: { industries: ['integrated-circuits'], districts: [], keyEnterprise: null, outputValueMin: null, outputValueMax: null, measureId: null },
    }
    expect(inputOf(formOf(notice as never))).toEqual(input)
  })
})
