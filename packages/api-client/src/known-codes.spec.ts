import { describe, expect, it } from 'vitest'
import openapi from '../openapi.json'
import { KNOWN_CODES } from './api-error'

describe('KNOWN_CODES', () => {
  it('holds exactly the API’s error codes (its OpenAPI document’s ErrorCode enum)', () => {
    const documented: string[] = openapi.components.schemas.ErrorCode.enum
    expect(Object.keys(KNOWN_CODES).sort()).toEqual([...documented].sort())
  })

  it('knows CALENDAR_YEAR_UNKNOWN (a 409 that once showed as a generic conflict)', () => {
    expect(KNOWN_CODES.CALENDAR_YEAR_UNKNOWN).toBe(true)
  })
})
