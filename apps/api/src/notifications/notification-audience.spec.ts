import { describe, expect, it } from 'vitest'
import { audiencesOf } from './notification-audience.js'

describe('audiencesOf', () => {
  it.each([
    ['an enterprise user', { sub: 's', roles: ['enterprise'] as const, bureau: null, boundUscc: 'U' }, ['user:s', 'enterprise:U']],
    ['an unbound enterprise user', { sub: 's', roles: ['enterprise'] as const, bureau: null, boundUscc: null }, ['user:s']],
    ['a bureau officer', { sub: 's', roles: ['bureau_officer'] as const, bureau: 'stcsm', boundUscc: null }, ['user:s', 'bureau:stcsm']],
    ['a coordinator', { sub: 's', roles: ['coordinator'] as const, bureau: null, boundUscc: null }, ['user:s', 'coordinators:']],
    ['an admin', { sub: 's', roles: ['admin'] as const, bureau: null, boundUscc: null }, ['user:s']],
  ])('%s', (_, user, expected) => {
    expect(audiencesOf(user).map((a) => `${a.kind}:${a.id}`)).toEqual(expected)
  })
})
