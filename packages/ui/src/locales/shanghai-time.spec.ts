import { describe, expect, it } from 'vitest'
import { shanghaiDateTime } from './shanghai-time'

describe('shanghaiDateTime', () => {
  it('says an instant as Shanghai clocks show it, whatever the zone it was written in', () => {
    expect(shanghaiDateTime('2026-09-30T16:00:00.000Z')).toBe('2026-10-01 00:00')
    expect(shanghaiDateTime('2026-10-12T03:05:00+00:00')).toBe('2026-10-12 11:05')
    expect(shanghaiDateTime(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31 23:59')
  })

  it('gives nothing for something that is not a time', () => {
    expect(shanghaiDateTime('not a date')).toBe('')
  })
})
