import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REALM_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../infra/keycloak/realm-servicepack.json')

export interface RealmUser {
  id: string
  username: string
  firstName: string
  lastName: string
  email: string
  attributes?: Record<string, string[]>
  realmRoles: string[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const realm = JSON.parse(readFileSync(REALM_FILE, 'utf8')) as Record<string, any> & { users: RealmUser[] }

/** The app a user signs in to: enterprises the portal, everyone else the back office. */
export function appOf(user: RealmUser): { clientId: string; redirectUri: string } {
  return user.realmRoles.includes('enterprise')
    ? { clientId: 'servicepack-web', redirectUri: 'http://localhost:5173/' }
    : { clientId: 'servicepack-admin', redirectUri: 'http://localhost:5174/' }
}
