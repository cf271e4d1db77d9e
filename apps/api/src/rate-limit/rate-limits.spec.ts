import { describe, expect, it } from 'vitest'
import { rateLimits, trackerOf } from './rate-limits.js'

const limits = rateLimits({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: 120, RATE_LIMIT_USER_PER_MINUTE: 600, RATE_LIMIT_WRITES_PER_MINUTE: 60 })
const applying = (signedIn: boolean, method: string) => limits.filter((l) => l.applies({ signedIn, method })).map((l) => `${l.name}=${l.limit}`)

describe('rateLimits', () => {
  it.each([
    [false, 'GET', ['anonymous=120']],
    [false, 'POST', ['anonymous=120']],
    [true, 'GET', ['user=600']],
    [true, 'HEAD', ['user=600']],
    [true, 'PUT', ['user=600', 'writes=60']],
    [true, 'post', ['user=600', 'writes=60']],
    [true, 'DELETE', ['user=600', 'writes=60']],
  ])('signed in %s, %s → %j', (signedIn, method, expected) => {
    expect(applying(signedIn, method)).toEqual(expected)
  })
})

describe('trackerOf', () => {
  it('counts a signed-in caller by user, whatever their address, and anyone else by address', () => {
    expect(trackerOf('sub-1', '127.0.0.1')).toBe('user:sub-1')
    expect(trackerOf(undefined, '127.0.0.1')).toBe('ip:127.0.0.1')
  })
})
