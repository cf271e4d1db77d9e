import { describe, expect, it } from 'vitest'
import { channelsOf } from './push-channels.js'

describe('push channels', () => {
  it.each([
    ['no choice recorded', undefined, ['in_app', 'email']],
    ['both on', { inApp: true, email: true }, ['in_app', 'email']],
    ['e-mail off', { inApp: true, email: false }, ['in_app']],
    ['in-app off', { inApp: false, email: true }, ['email']],
    ['both off', { inApp: false, email: false }, []],
  ])('%s', (_name, choice, channels) => {
    expect(channelsOf(choice)).toEqual(channels)
  })
})
