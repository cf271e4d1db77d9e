import type { JWTPayload } from 'jose'

export const ROLES = ['enterprise', 'coordinator', 'bureau_officer', 'association', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Who is calling, read from a verified access token. */
export interface Principal {
  sub: string
  username: string
  name: string | null
  email: string | null
  roles: Role[]
  enterpriseUscc: string | null
  /** The enterprise's registered name (claim `enterprise_name`): names the enterprise when it is first bound. */
  enterpriseName?: string | null
  bureau: string | null
  association: string | null
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null
}

/** Maps Keycloak's claims (realm_access.roles, preferred_username, mapped attributes) to a Principal. */
export function principalFromClaims(claims: JWTPayload): Principal {
  const realmAccess = claims['realm_access'] as { roles?: unknown } | undefined
  const rawRoles = Array.isArray(realmAccess?.roles) ? realmAccess.roles : []
  const roles = rawRoles.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r))
  return {
    sub: String(claims.sub),
    username: str(claims['preferred_username']) ?? String(claims.sub),
    name: str(claims['name']),
    email: str(claims['email']),
    roles,
    enterpriseUscc: str(claims['enterprise_uscc']),
    enterpriseName: str(claims['enterprise_name']),
    bureau: str(claims['bureau']),
    association: str(claims['association']),
  }
}
