import type { BruteForceProtector } from './brute-force.js'
import type { Realm, RealmUser } from './realm.js'

/**
 * Checks a username (or e-mail) and password the way Keycloak's username/password authenticators do
 * with brute-force detection on: a locked-out user is refused before the password is looked at and
 * that attempt is not counted; a wrong password of a known user counts as a failure; a success clears
 * the user's failures. The caller answers every refusal the same way (wrong password, unknown user,
 * locked out), so the answer never tells which usernames exist or are locked.
 */
export function signIn(realm: Realm, protector: BruteForceProtector, login: string, password: string): RealmUser | undefined {
  const user = realm.findUser(login)
  const valid = realm.authenticate(login, password) // always run: the same work whether locked or not
  if (!user) return undefined
  const id = realm.subjectOf(user)
  if (protector.isLockedOut(id)) return undefined
  if (!valid) {
    protector.failedLogin(id)
    return undefined
  }
  protector.successfulLogin(id)
  return valid
}
