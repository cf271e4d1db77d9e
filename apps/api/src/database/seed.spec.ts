import { describe, expect, it } from 'vitest'
import { usccProblem } from '../enterprises/uscc.js'
import { readFileSync } from 'node:fs'
import { demoCoordinators, demoEnterprises } from './seed.js'
import { validateFacts } from '@servicepack/policy-rules'

describe('demo data', () => {
  it.each(demoEnterprises.map((e) => [e.name, e] as const))('%s has a valid USCC and well-typed facts', (_, e) => {
    expect(usccProblem(e.uscc)).toBeNull()
    expect(validateFacts(e.facts)).toEqual({ ok: true })
  })

  it('seeds the realm file’s coordinators with the sub, username, name claim and e-mail the dev SSO gives them', () => {
    const realm = JSON.parse(readFileSync(new URL('../../../../infra/keycloak/realm-servicepack.json', import.meta.url), 'utf8')) as {
      users: { id: string; username: string; firstName: string; lastName: string; email: string; realmRoles: string[] }[]
    }
    const coordinators = realm.users.filter((u) => u.realmRoles.includes('coordinator'))
    expect(coordinators.map((u) => ({ sub: u.id, username: u.username, name: `${u.firstName} ${u.lastName}`, email: u.email }))).toEqual(
      demoCoordinators.map(({ sub, username, name, email }) => ({ sub, username, name, email })),
    )
  })

  it('gives enterprise-a’s company a coordinator account as steward, leaves enterprise-b’s without, and keeps one legacy steward', () => {
    expect(demoEnterprises[0]!.steward).toMatchObject({ coordinator: 'coordinator' })
    expect(demoEnterprises[1]!.steward).toBeUndefined()
    expect(demoEnterprises.filter((e) => e.steward && 'legacyName' in e.steward)).toHaveLength(1)
  })
})
