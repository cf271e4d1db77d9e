/*
 * Keycloak's brute-force detection ("Realm settings → Security defenses → Brute force detection"), as
 * its DefaultBruteForceProtector does it in Keycloak 26, so that the realm file's settings behave the
 * same here as in production. Failures are counted per user (unknown usernames are not tracked, as in
 * Keycloak); the state is kept in memory, so a restart of the dev SSO forgets it.
 */

/** The realm representation's brute-force fields (all optional in the file). */
export interface BruteForceSettings {
  bruteForceProtected?: boolean
  permanentLockout?: boolean
  maxTemporaryLockouts?: number
  bruteForceStrategy?: 'MULTIPLE' | 'LINEAR'
  failureFactor?: number
  waitIncrementSeconds?: number
  maxFailureWaitSeconds?: number
  maxDeltaTimeSeconds?: number
  quickLoginCheckMilliSeconds?: number
  minimumQuickLoginWaitSeconds?: number
}

export type BruteForcePolicy = Required<BruteForceSettings>

/**
 * Keycloak 26's values for a realm that does not set them (RealmManager.setupRealmDefaults). In the
 * admin console: "Max login failures" = failureFactor, "Wait increment" = waitIncrementSeconds, "Max
 * wait" = maxFailureWaitSeconds, "Failure reset time" = maxDeltaTimeSeconds, "Quick login check
 * milliseconds" and "Minimum quick login wait".
 */
export const KEYCLOAK_DEFAULTS: BruteForcePolicy = {
  bruteForceProtected: false,
  permanentLockout: false,
  maxTemporaryLockouts: 0,
  bruteForceStrategy: 'MULTIPLE',
  failureFactor: 30,
  waitIncrementSeconds: 60,
  maxFailureWaitSeconds: 900,
  maxDeltaTimeSeconds: 12 * 60 * 60,
  quickLoginCheckMilliSeconds: 1000,
  minimumQuickLoginWaitSeconds: 60,
}

export function bruteForcePolicy(settings: BruteForceSettings): BruteForcePolicy {
  const out = { ...KEYCLOAK_DEFAULTS }
  for (const key of Object.keys(KEYCLOAK_DEFAULTS) as (keyof BruteForcePolicy)[]) {
    const value = settings[key]
    if (value !== undefined && value !== null) (out as Record<string, unknown>)[key] = value
  }
  if (out.failureFactor < 1) out.failureFactor = 1 // Keycloak's console refuses 0; it would divide by zero
  return out
}

/** Keycloak's UserLoginFailureModel for one user. Times: `lastFailure` in ms, `notBefore` in s (epoch). */
export interface LoginFailureRecord {
  numFailures: number
  lastFailure: number
  notBefore: number
  numTemporaryLockouts: number
  /** Keycloak disables the user (enabled = false); an admin has to enable it again. Here: until a restart. */
  permanentlyLockedOut: boolean
}

export const NO_FAILURES: Readonly<LoginFailureRecord> = Object.freeze({
  numFailures: 0,
  lastFailure: 0,
  notBefore: 0,
  numTemporaryLockouts: 0,
  permanentlyLockedOut: false,
})

/** The record after a failed login at `now` (ms): DefaultBruteForceProtector.failure, step by step. */
export function recordFailure(policy: BruteForcePolicy, previous: LoginFailureRecord | undefined, now: number): LoginFailureRecord {
  const r: LoginFailureRecord = { ...(previous ?? NO_FAILURES) }
  const last = r.lastFailure
  const deltaTime = last > 0 ? now - last : 0
  r.lastFailure = Math.max(r.lastFailure, now)
  const permanentOnly = policy.permanentLockout && policy.maxTemporaryLockouts === 0
  // "Failure reset time": failures further apart than maxDeltaTimeSeconds start a new count.
  if (!permanentOnly && deltaTime > 0 && deltaTime > policy.maxDeltaTimeSeconds * 1000) {
    Object.assign(r, { numFailures: 0, lastFailure: 0, notBefore: 0, numTemporaryLockouts: 0 })
  }
  r.numFailures += 1

  let waitSeconds = 0
  if (!permanentOnly) {
    waitSeconds =
      policy.bruteForceStrategy === 'LINEAR'
        ? policy.waitIncrementSeconds * (1 + r.numFailures - policy.failureFactor)
        : policy.waitIncrementSeconds * Math.floor(r.numFailures / policy.failureFactor)
  }
  let quickLoginFailure = false
  if (waitSeconds <= 0 && last > 0 && deltaTime < policy.quickLoginCheckMilliSeconds) {
    waitSeconds = policy.minimumQuickLoginWaitSeconds
    quickLoginFailure = true
  }
  if (waitSeconds > 0) {
    if (!policy.permanentLockout || policy.maxTemporaryLockouts > 0) waitSeconds = Math.min(policy.maxFailureWaitSeconds, waitSeconds)
    if (!quickLoginFailure) r.numTemporaryLockouts += 1
    if (quickLoginFailure || !policy.permanentLockout || r.numTemporaryLockouts <= policy.maxTemporaryLockouts) {
      r.notBefore = Math.max(r.notBefore, Math.floor(now / 1000) + waitSeconds)
    }
  }
  if (
    policy.permanentLockout &&
    (r.numTemporaryLockouts > policy.maxTemporaryLockouts || (policy.maxTemporaryLockouts === 0 && r.numFailures >= policy.failureFactor))
  ) {
    r.permanentlyLockedOut = true
  }
  return r
}

/** True while the user may not sign in (isTemporarilyDisabled || isPermanentlyLockedOut). */
export function isLockedOut(record: LoginFailureRecord | undefined, now: number): boolean {
  if (!record) return false
  return record.permanentlyLockedOut || Math.floor(now / 1000) < record.notBefore
}

/** The realm's brute-force protection for the running dev SSO: per-user records in memory, an injectable clock. */
export class BruteForceProtector {
  private readonly records = new Map<string, LoginFailureRecord>()

  constructor(
    readonly policy: BruteForcePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.policy.bruteForceProtected
  }

  isLockedOut(userId: string): boolean {
    return this.enabled && isLockedOut(this.records.get(userId), this.now())
  }

  /** A wrong password for a known user (not called while locked out: Keycloak does not count those). */
  failedLogin(userId: string): void {
    if (!this.enabled) return
    this.records.set(userId, recordFailure(this.policy, this.records.get(userId), this.now()))
  }

  /** A successful login clears the user's failures (Keycloak's clearFailures). */
  successfulLogin(userId: string): void {
    this.records.delete(userId)
  }

  /** For tests and diagnostics. */
  recordOf(userId: string): Readonly<LoginFailureRecord> | undefined {
    return this.records.get(userId)
  }
}
