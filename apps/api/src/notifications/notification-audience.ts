import type { Role } from '../auth/principal.js'
import type { AudienceKind } from './notification.entity.js'

export interface Audience {
  kind: AudienceKind
  id: string
}

/** The audiences a user belongs to (pure): themselves, their enterprise, their bureau, the coordinators. */
export function audiencesOf(user: { sub: string; roles: readonly Role[]; bureau: string | null; boundUscc: string | null }): Audience[] {
  const out: Audience[] = [{ kind: 'user', id: user.sub }]
  if (user.roles.includes('enterprise') && user.boundUscc) out.push({ kind: 'enterprise', id: user.boundUscc })
  if (user.roles.includes('bureau_officer') && user.bureau) out.push({ kind: 'bureau', id: user.bureau })
  if (user.roles.includes('coordinator')) out.push({ kind: 'coordinators', id: '' })
  return out
}
