import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs script of this package, without types
import { ssoCommand } from '../scripts/sso-choice.mjs'

type Choice = { name: string; command: string; args: string[] } | { error: string }
const choose = ssoCommand as (env: Record<string, string | undefined>) => Choice

describe('SSO= chooses what `pnpm dev` starts on port 8180', () => {
  it.each([[{}], [{ SSO: '' }], [{ SSO: 'dev' }], [{ SSO: ' DEV ' }]])('%j: the development SSO', (env) => {
    const choice = choose(env)
    expect(choice).toMatchObject({ name: 'dev-sso' })
    expect('command' in choice && choice.command).toMatch(/\/apps\/dev-sso\/node_modules\/\.bin\/tsx$/)
    expect('args' in choice && choice.args).toEqual([expect.stringMatching(/\/apps\/dev-sso\/src\/main\.ts$/)])
  })

  it.each([[{ SSO: 'keycloak' }], [{ SSO: 'Keycloak' }]])('%j: Keycloak through scripts/keycloak.sh', (env) => {
    const choice = choose(env)
    expect(choice).toMatchObject({ name: 'keycloak', command: 'bash' })
    expect('args' in choice && choice.args[0]).toMatch(/\/scripts\/keycloak\.sh$/)
  })

  it('refuses anything else in one line', () => {
    expect(choose({ SSO: 'okta' })).toEqual({ error: 'SSO must be "dev" (the default: the development SSO) or "keycloak" (a real Keycloak 26 on port 8180), got "okta"' })
  })
})
