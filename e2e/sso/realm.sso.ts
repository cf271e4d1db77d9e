import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { keycloakAdmin } from './keycloak-admin.js'
import { realm } from './realm-file.js'
import { differences } from './subset.js'
import { importReport } from './import-log.js'
import './target.js'

/**
 * The realm file as Keycloak 26 imported it (--import-realm): no warning in the import log, the file
 * read by Keycloak's strict admin API reader, and what the admin REST API gives back equals the file.
 */
const sso = inject('sso')
let admin: Awaited<ReturnType<typeof keycloakAdmin>>
type Rep = Record<string, unknown>

beforeAll(async () => {
  admin = await keycloakAdmin(sso)
})

describe('the realm file imported into Keycloak', () => {
  it('imports without a warning or an error', async () => {
    if (!sso.logFile) throw new Error('the Keycloak log is needed (KEYCLOAK_LOG)')
    expect(importReport(await readFile(sso.logFile, 'utf8'))).toEqual({ imported: true, complaints: [] })
  })

  it('(the log check finds a warning when there is one)', () => {
    const log = [
      "INFO  [org.keycloak.exportimport.dir.DirImportProvider] (main) Importing from directory /x/data/import",
      "WARN  [org.keycloak.models.utils.RepresentationToModel] (main) Referenced client scope 'nope' doesn't exist. Ignoring",
      "INFO  [org.keycloak.exportimport.util.ImportUtils] (main) Realm 'servicepack' imported",
      'INFO  [org.keycloak.services] (main) KC-SERVICES0032: Import finished successfully',
    ].join('\n')
    expect(importReport(log).complaints).toHaveLength(1)
  })

  it("is read by Keycloak's strict reader (an unknown field would be refused) as a new realm", async () => {
    const name = `servicepack-check-${Date.now()}`
    // Same file; only the realm's name and the fixed user ids (unique across realms) differ.
    const copy = { ...realm, realm: name, users: realm.users.map(({ id: _id, ...u }) => u) }
    const res = await admin.send('POST', '', copy)
    expect(res.status, await res.clone().text()).toBe(201)
    expect((await admin.send('DELETE', `/${name}`)).status).toBe(204)
    // The check can fail: the same reader refuses a field Keycloak does not know.
    const bad = await admin.send('POST', '', { ...copy, realm: `${name}-bad`, noSuchSetting: true })
    expect(bad.status).toBe(400)
  })

  it('reads back as the file says: realm settings, brute-force protection, roles, clients, redirect URIs, mappers', async () => {
    const { roles, clients, users, components, ...settings } = realm
    expect(differences(settings, await admin.get<Rep>('/servicepack'))).toEqual([])
    expect(differences(roles.realm, await admin.get<Rep[]>('/servicepack/roles?briefRepresentation=false'))).toEqual([])
    const server = await admin.get<Rep[]>('/servicepack/clients')
    expect(differences(clients, server)).toEqual([])
    expect(users.length).toBeGreaterThan(0)
    expect(components).toBeDefined()
  })

  it("declares the user profile the file's components hold", async () => {
    const declared = JSON.parse(realm.components['org.keycloak.userprofile.UserProfileProvider'][0].config['kc.user.profile.config'][0] as string) as Rep
    expect(differences(declared, await admin.get<Rep>('/servicepack/users/profile'))).toEqual([])
  })

  it('holds the demo users with their ids, names, attributes and realm roles', async () => {
    const server = await admin.get<Rep[]>('/servicepack/users?briefRepresentation=false&max=1000')
    expect(server.map((u) => u.username).sort()).toEqual(realm.users.map((u) => u.username).sort())
    for (const { credentials: _c, realmRoles, ...user } of realm.users as unknown as (Rep & { realmRoles: string[] })[]) {
      const found = server.find((u) => u.username === user.username)!
      expect(differences(user, found)).toEqual([])
      const mapped = await admin.get<{ name: string }[]>(`/servicepack/users/${found.id as string}/role-mappings/realm/composite`)
      expect(mapped.map((r) => r.name)).toEqual(expect.arrayContaining(realmRoles))
      // What the user has directly: exactly the file's roles (besides Keycloak's default-roles composite).
      const direct = await admin.get<{ name: string }[]>(`/servicepack/users/${found.id as string}/role-mappings/realm`)
      expect(direct.map((r) => r.name).filter((n) => n !== 'default-roles-servicepack').sort()).toEqual([...realmRoles].sort())
    }
  })
})
