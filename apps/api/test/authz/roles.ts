import type { DemoUser } from '../helpers/tokens.js'

/**
 * The callers of the authorization matrix. The records (test/generated/fixtures.ts) are enterprise
 * A's appeal dispatched to sheitc (lead) with stcsm assisting, enterprise B's appeal, association-ic's
 * notice, so "own" and "other" are relative to those.
 */
export const ROLES = {
  anonymous: null,
  enterpriseOwn: 'enterprise-a',
  enterpriseOther: 'enterprise-b',
  coordinator: 'coordinator',
  bureauLead: 'bureau-sheitc',
  bureauAssisting: 'bureau-stcsm',
  bureauOther: 'bureau-planning',
  associationOwn: 'association-ic',
  associationOther: 'association-bio',
  admin: 'admin',
} as const satisfies Record<string, DemoUser | null>

export type RoleName = keyof typeof ROLES
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[]
