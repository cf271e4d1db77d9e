import { describe, expect, it } from 'vitest'
import type { Role } from '../auth/principal.js'
import { metricsScope, NO_BUREAU, type MetricsScope } from './metrics-access.js'

const cases: [string, Role[], string | null, string | undefined, MetricsScope][] = [
  ['a coordinator: every bureau', ['coordinator'], null, undefined, { scopeBureau: null, bureau: undefined, officer: false }],
  ['a coordinator asking for one bureau', ['coordinator'], null, 'planning', { scopeBureau: null, bureau: 'planning', officer: false }],
  ['an admin asking for one bureau', ['admin'], null, 'stcsm', { scopeBureau: null, bureau: 'stcsm', officer: false }],
  ['an officer: their own bureau', ['bureau_officer'], 'planning', undefined, { scopeBureau: 'planning', bureau: 'planning', officer: true }],
  ['an officer asking for another bureau: still their own', ['bureau_officer'], 'planning', 'stcsm', { scopeBureau: 'planning', bureau: 'planning', officer: true }],
  ['an officer without a bureau claim: no bureau', ['bureau_officer'], null, 'stcsm', { scopeBureau: NO_BUREAU, bureau: NO_BUREAU, officer: true }],
  ['an officer who also coordinates: every bureau', ['bureau_officer', 'coordinator'], 'planning', undefined, { scopeBureau: null, bureau: undefined, officer: false }],
  ['an officer who is also admin, asking for one', ['admin', 'bureau_officer'], 'planning', 'stcsm', { scopeBureau: null, bureau: 'stcsm', officer: false }],
]

describe('metricsScope: whose figures the dashboard shows', () => {
  it.each(cases)('%s', (_name, roles, bureau, requested, expected) => {
    expect(metricsScope({ roles, bureau }, requested)).toEqual(expected)
  })
})
