import { personName } from '@servicepack/policy-rules'
import type { Principal } from './principal.js'

/**
 * The name recorded beside a login when someone acts (issue 19 §4): the token's `name` claim as people
 * write it (晓东 陈 → 陈晓东), at most 200 characters; null when the token has none — the apps then
 * name the person by their part (协调员, the bureau), never by the login.
 */
export function actorName(principal: Pick<Principal, 'name'>): string | null {
  const name = personName(principal.name)
  return name ? name.slice(0, 200) : null
}
