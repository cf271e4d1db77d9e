import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  BruteForceProtector,
  bruteForcePolicy,
  isLockedOut,
  KEYCLOAK_DEFAULTS,
  recordFailure,
  type BruteForcePolicy,
  type LoginFailureRecord,
} from '../src/brute-force.js'
import type { RealmFile } from '../src/realm.js'

const realmFile = fileURLToPath(new URL('../../../infra/keycloak/realm-servicepack.json', import.meta.url))
const realm = JSON.parse(readFileSync(realmFile, 'utf8')) as RealmFile
/** The realm's policy: 10 failures, then 60 s more per 10 failures, at most 15 min; quick-login check 1 s → 60 s. */
const REALM = bruteForcePolicy(realm)

const T0 = Date.UTC(2026, 0, 5, 1, 0, 0) // a whole second
const s = (seconds: number) => T0 + seconds * 1000

/** Failures at the given instants (seconds after T0); the record after the last one. */
function failures(policy: BruteForcePolicy, at: number[]): LoginFailureRecord {
  let record: LoginFailureRecord | undefined
  for (const t of at) record = recordFailure(policy, record, s(t))
  return record!
}
/** n failures `gap` seconds apart, starting at T0. */
const spaced = (n: number, gap = 2) => Array.from({ length: n }, (_, i) => i * gap)

describe('the realm file’s brute-force settings', () => {
  it('names every setting explicitly, so that Keycloak and the dev SSO read the same values', () => {
    for (const key of Object.keys(KEYCLOAK_DEFAULTS)) expect(realm, key).toHaveProperty(key)
    expect(REALM).toEqual({
      bruteForceProtected: true,
      permanentLockout: false,
      maxTemporaryLockouts: 0,
      bruteForceStrategy: 'MULTIPLE',
      failureFactor: 10,
      waitIncrementSeconds: 60,
      maxFailureWaitSeconds: 900,
      maxDeltaTimeSeconds: 43_200,
      quickLoginCheckMilliSeconds: 1000,
      minimumQuickLoginWaitSeconds: 60,
    })
  })

  it('takes Keycloak 26’s defaults for the settings a realm leaves out', () => {
    expect(bruteForcePolicy({})).toEqual(KEYCLOAK_DEFAULTS)
    expect(bruteForcePolicy({ bruteForceProtected: true, failureFactor: 5 })).toEqual({ ...KEYCLOAK_DEFAULTS, bruteForceProtected: true, failureFactor: 5 })
    expect(KEYCLOAK_DEFAULTS).toMatchObject({ failureFactor: 30, waitIncrementSeconds: 60, maxFailureWaitSeconds: 900, maxDeltaTimeSeconds: 43_200 })
  })
})

describe('recordFailure / isLockedOut (Keycloak’s DefaultBruteForceProtector)', () => {
  it.each<[string, BruteForcePolicy, number[], Partial<LoginFailureRecord>, number | null]>([
    // [case, policy, failure instants (s), record after them, locked until (s after T0) or null]
    ['9 failures 2 s apart: counted, not locked', REALM, spaced(9), { numFailures: 9, numTemporaryLockouts: 0 }, null],
    ['the 10th failure locks for waitIncrementSeconds', REALM, spaced(10), { numFailures: 10, numTemporaryLockouts: 1 }, 18 + 60],
    ['the 11th, after the lockout, locks again for 60 s (MULTIPLE: 60 × ⌊11/10⌋)', REALM, [...spaced(10), 100], { numFailures: 11, numTemporaryLockouts: 2 }, 160],
    ['the 20th locks for 120 s (60 × ⌊20/10⌋)', REALM, [...spaced(10), ...spaced(10, 70).map((t) => t + 100)], { numFailures: 20 }, 100 + 9 * 70 + 120],
    [
      'waits are capped at maxFailureWaitSeconds',
      { ...REALM, waitIncrementSeconds: 600 },
      [...spaced(10), ...spaced(10, 700).map((t) => t + 1000)],
      { numFailures: 20 },
      1000 + 9 * 700 + 900,
    ],
    ['failures more than maxDeltaTimeSeconds apart start a new count', REALM, [...spaced(9), 16 + 43_201], { numFailures: 1, lastFailure: 0 }, null],
    ['failures exactly maxDeltaTimeSeconds apart still add up', REALM, [...spaced(9), 16 + 43_200], { numFailures: 10 }, 16 + 43_200 + 60],
    ['two failures less than quickLoginCheckMilliSeconds apart: minimumQuickLoginWaitSeconds', REALM, [0, 0.5], { numFailures: 2, numTemporaryLockouts: 0 }, 60],
    ['two failures exactly quickLoginCheckMilliSeconds apart are not “quick”', REALM, [0, 1], { numFailures: 2 }, null],
    ['the first failure is never “quick”', REALM, [0], { numFailures: 1 }, null],
    ['LINEAR: 60 × (1 + failures − factor), 3rd failure', { ...REALM, bruteForceStrategy: 'LINEAR', failureFactor: 3 }, spaced(3), {}, 4 + 60],
    ['LINEAR: 4th failure after the lockout', { ...REALM, bruteForceStrategy: 'LINEAR', failureFactor: 3 }, [...spaced(3), 100], {}, 100 + 120],
    ['LINEAR: 5th failure', { ...REALM, bruteForceStrategy: 'LINEAR', failureFactor: 3 }, [...spaced(3), 100, 300], {}, 300 + 180],
  ])('%s', (_case, policy, at, expected, lockedUntil) => {
    const record = failures(policy, at)
    expect(record).toMatchObject(expected)
    expect(record.permanentlyLockedOut).toBe(false)
    const last = at[at.length - 1]!
    if (lockedUntil === null) {
      expect(isLockedOut(record, s(last))).toBe(false)
    } else {
      expect(isLockedOut(record, s(last))).toBe(true)
      expect(isLockedOut(record, s(lockedUntil) - 1)).toBe(true)
      expect(isLockedOut(record, s(lockedUntil))).toBe(false)
    }
  })

  it('permanentLockout with maxTemporaryLockouts 0: locked for good at failureFactor failures', () => {
    const policy = { ...REALM, permanentLockout: true, failureFactor: 3 }
    expect(failures(policy, spaced(2)).permanentlyLockedOut).toBe(false)
    const record = failures(policy, spaced(3))
    expect(record.permanentlyLockedOut).toBe(true)
    expect(record.notBefore).toBe(0) // no temporary lockout: it is permanent
    expect(isLockedOut(record, s(10 * 365 * 86_400))).toBe(true)
  })

  it('permanentLockout after maxTemporaryLockouts temporary ones', () => {
    const policy = { ...REALM, permanentLockout: true, maxTemporaryLockouts: 1, failureFactor: 2 }
    const first = failures(policy, [0, 2]) // 2nd failure: temporary lockout 1 of 1
    expect(first).toMatchObject({ numTemporaryLockouts: 1, permanentlyLockedOut: false, notBefore: Math.floor(s(2) / 1000) + 60 })
    const second = recordFailure(policy, first, s(100)) // 3rd, after it expired: would be lockout 2 > 1
    expect(second).toMatchObject({ numTemporaryLockouts: 2, permanentlyLockedOut: true })
    expect(isLockedOut(second, s(100_000))).toBe(true)
  })

  it('does not change the record it is given', () => {
    const before = failures(REALM, spaced(3))
    const copy = { ...before }
    recordFailure(REALM, before, s(100))
    expect(before).toEqual(copy)
  })
})

describe('BruteForceProtector', () => {
  it('counts per user, locks, lets the lockout expire and clears the count on a successful login', () => {
    let now = T0
    const protector = new BruteForceProtector(REALM, () => now)
    for (let i = 0; i < 9; i++) {
      protector.failedLogin('u1')
      now += 2000
    }
    expect(protector.isLockedOut('u1')).toBe(false)
    protector.successfulLogin('u1')
    expect(protector.recordOf('u1')).toBeUndefined()
    for (let i = 0; i < 10; i++) {
      protector.failedLogin('u1')
      now += 2000
    }
    expect(protector.isLockedOut('u1')).toBe(true)
    expect(protector.isLockedOut('u2')).toBe(false)
    now += 60_000
    expect(protector.isLockedOut('u1')).toBe(false)
  })

  it('does nothing when the realm has bruteForceProtected false', () => {
    const protector = new BruteForceProtector({ ...REALM, bruteForceProtected: false }, () => T0)
    for (let i = 0; i < 50; i++) protector.failedLogin('u1')
    expect(protector.isLockedOut('u1')).toBe(false)
    expect(protector.recordOf('u1')).toBeUndefined()
  })
})
