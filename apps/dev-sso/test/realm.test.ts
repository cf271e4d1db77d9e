import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type ClientRepresentation from '@keycloak/keycloak-admin-client/lib/defs/clientRepresentation.js'
import type ProtocolMapperRepresentation from '@keycloak/keycloak-admin-client/lib/defs/protocolMapperRepresentation.js'
import type RealmRepresentation from '@keycloak/keycloak-admin-client/lib/defs/realmRepresentation.js'
import type UserRepresentation from '@keycloak/keycloak-admin-client/lib/defs/userRepresentation.js'
import { describe, expect, it } from 'vitest'
import { Realm } from '../src/realm.js'

const realmFile = fileURLToPath(new URL('../../../infra/keycloak/realm-servicepack.json', import.meta.url))
// Typed as Keycloak's own representation: a field of the wrong type fails `pnpm typecheck`.
const realm: RealmRepresentation = JSON.parse(readFileSync(realmFile, 'utf8')) as RealmRepresentation

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** GB 32100-2015 check character of an 18-character unified social credit code. */
function usccValid(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i] as string) * (USCC_WEIGHTS[i] as number)
  return USCC_CHARS[(31 - (sum % 31)) % 31] === code[17]
}

function client(id: string): ClientRepresentation {
  const c = realm.clients?.find((x) => x.clientId === id)
  if (!c) throw new Error(`client ${id} missing`)
  return c
}

function user(name: string): UserRepresentation {
  const u = realm.users?.find((x) => x.username === name)
  if (!u) throw new Error(`user ${name} missing`)
  return u
}

const attr = (u: UserRepresentation, name: string): string | undefined => (u.attributes?.[name] as string[] | undefined)?.[0]

describe('infra/keycloak/realm-servicepack.json', () => {
  it('is the servicepack realm, enabled, with the five realm roles', () => {
    expect(realm.realm).toBe('servicepack')
    expect(realm.enabled).toBe(true)
    expect(realm.roles?.realm?.map((r) => r.name).sort()).toEqual(['admin', 'association', 'bureau_officer', 'coordinator', 'enterprise'])
  })

  it('checks the USCC checksum helper against published codes', () => {
    expect(usccValid('914403001922038216')).toBe(true)
    expect(usccValid('91350100M000100Y43')).toBe(true)
    expect(usccValid('914403001922038217')).toBe(false)
    expect(usccValid('91350100M000100Y4I')).toBe(false)
  })

  it.each([
    ['servicepack-web', 'http://localhost:5173', 'http://localhost:8080'],
    ['servicepack-admin', 'http://localhost:5174', 'http://localhost:8081'],
  ])('%s is a public standard-flow client with PKCE S256 and exact origins: dev (%s) and the production rehearsal behind nginx (%s)', (id, origin, rehearsal) => {
    const c = client(id)
    expect(c.enabled).toBe(true)
    expect(c.protocol).toBe('openid-connect')
    expect(c.publicClient).toBe(true)
    expect(c.standardFlowEnabled).toBe(true)
    expect(c.implicitFlowEnabled).toBe(false)
    expect(c.directAccessGrantsEnabled).toBe(false)
    expect(c.attributes?.['pkce.code.challenge.method']).toBe('S256')
    expect(c.redirectUris).toEqual([`${origin}/*`, `${rehearsal}/*`])
    expect(c.webOrigins).toEqual([origin, rehearsal])
  })

  it('servicepack-api is a bearer-only audience and servicepack-cli a public password-grant client', () => {
    const api = client('servicepack-api')
    expect(api.bearerOnly).toBe(true)
    expect(api.publicClient).toBe(false)
    expect(api.standardFlowEnabled).toBe(false)
    expect(api.directAccessGrantsEnabled).toBe(false)
    const cli = client('servicepack-cli')
    expect(cli.publicClient).toBe(true)
    expect(cli.directAccessGrantsEnabled).toBe(true)
    expect(cli.standardFlowEnabled).toBe(false)
  })

  it.each(['servicepack-web', 'servicepack-admin', 'servicepack-cli'])('%s maps the API audience and the three attributes', (id) => {
    const mappers: ProtocolMapperRepresentation[] = client(id).protocolMappers ?? []
    const audience = mappers.find((m) => m.protocolMapper === 'oidc-audience-mapper')
    expect(audience?.config?.['included.client.audience']).toBe('servicepack-api')
    expect(audience?.config?.['access.token.claim']).toBe('true')
    for (const name of ['enterprise_uscc', 'bureau', 'association']) {
      const m = mappers.find((x) => x.protocolMapper === 'oidc-usermodel-attribute-mapper' && x.config?.['user.attribute'] === name)
      expect(m, name).toBeDefined()
      expect(m?.config?.['claim.name']).toBe(name)
      expect(m?.config?.['access.token.claim']).toBe('true')
      expect(m?.config?.['jsonType.label']).toBe('String')
    }
  })

  it('declares the custom attributes in the user profile (Keycloak 26 drops undeclared ones)', () => {
    const up = realm.components?.['org.keycloak.userprofile.UserProfileProvider'] as unknown as
      | { providerId: string; config: Record<string, string[]> }[]
      | undefined
    const raw = up?.[0]?.config['kc.user.profile.config']?.[0]
    expect(raw).toBeTypeOf('string')
    const profile = JSON.parse(raw as string) as { attributes: { name: string; permissions?: { edit?: string[] } }[] }
    const names = profile.attributes.map((a) => a.name)
    for (const n of ['username', 'email', 'firstName', 'lastName', 'enterprise_uscc', 'enterprise_name', 'bureau', 'association']) {
      expect(names).toContain(n)
    }
    // Users must not edit their own organisation: it decides what the API lets them see.
    expect(profile.attributes.find((a) => a.name === 'enterprise_uscc')?.permissions?.edit).toEqual(['admin'])
  })

  it('has every demo user, enabled, password "demo" (not temporary), Chinese names and an e-mail', () => {
    const expected: Record<string, string[]> = {
      'enterprise-a': ['enterprise'],
      'enterprise-b': ['enterprise'],
      coordinator: ['coordinator'],
      'coordinator-2': ['coordinator'],
      'bureau-sheitc': ['bureau_officer'],
      'bureau-stcsm': ['bureau_officer'],
      'bureau-planning': ['bureau_officer'],
      'association-ic': ['association'],
      'association-bio': ['association'],
      admin: ['admin'],
    }
    expect(realm.users?.map((u) => u.username).sort()).toEqual(Object.keys(expected).sort())
    const ids = new Set<string>()
    for (const [name, roles] of Object.entries(expected)) {
      const u = user(name)
      expect(u.enabled).toBe(true)
      expect(u.realmRoles).toEqual(roles)
      expect(u.credentials).toEqual([{ type: 'password', value: 'demo', temporary: false }])
      expect(u.firstName).toMatch(/^\p{Script=Han}+$/u)
      expect(u.lastName).toMatch(/^\p{Script=Han}+$/u)
      expect(u.email).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/)
      expect(u.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      ids.add(u.id as string)
      for (const role of u.realmRoles ?? []) expect(realm.roles?.realm?.map((r) => r.name)).toContain(role)
    }
    expect(ids.size).toBe(10)
  })

  it('gives the two enterprises different, valid 18-character USCCs and names', () => {
    const a = user('enterprise-a')
    const b = user('enterprise-b')
    for (const u of [a, b]) {
      expect(usccValid(attr(u, 'enterprise_uscc') ?? '')).toBe(true)
      expect(attr(u, 'enterprise_name')).toMatch(/有限公司$/)
    }
    expect(attr(a, 'enterprise_uscc')).not.toBe(attr(b, 'enterprise_uscc'))
    expect(attr(a, 'enterprise_name')).toContain('微电子')
  })

  it('gives bureau and association users their organisation codes', () => {
    expect(attr(user('bureau-sheitc'), 'bureau')).toBe('sheitc')
    expect(attr(user('bureau-stcsm'), 'bureau')).toBe('stcsm')
    expect(attr(user('bureau-planning'), 'bureau')).toBe('planning')
    expect(attr(user('association-ic'), 'association')).toBe('sh-ic-association')
    expect(attr(user('association-ic'), 'association_name')).toBe('上海市集成电路行业协会')
    expect(attr(user('association-bio'), 'association')).toBe('sh-biomedicine-association')
    expect(attr(user('association-bio'), 'association_name')).toBe('上海市生物医药行业协会')
    for (const n of ['coordinator', 'coordinator-2', 'admin']) expect(user(n).attributes ?? {}).toEqual({})
  })

  it('is what the dev SSO reads: Keycloak claim semantics from the same mappers', () => {
    const r = Realm.fromFile(realmFile)
    const u = r.findUser('ENTERPRISE-A')
    expect(u?.username).toBe('enterprise-a')
    const c = r.client('servicepack-web')
    const claims = r.userClaims(u!, c, 'access')
    expect(claims).toMatchObject({
      sub: user('enterprise-a').id,
      preferred_username: 'enterprise-a',
      given_name: '明远',
      family_name: '王',
      realm_access: { roles: ['enterprise'] },
      enterprise_uscc: attr(user('enterprise-a'), 'enterprise_uscc'),
    })
    expect(claims).not.toHaveProperty('bureau')
    expect(r.audiences(c!)).toEqual(['servicepack-api'])
    expect(r.authenticate('enterprise-a', 'demo')?.username).toBe('enterprise-a')
    expect(r.authenticate('enterprise-a', 'Demo')).toBeUndefined()
    expect(r.authenticate('enterprise-a@demo.servicepack.example', 'demo')?.username).toBe('enterprise-a')
    expect(r.authenticate('nobody', 'demo')).toBeUndefined()
  })
})
