import { fileURLToPath } from 'node:url'

/** The repository root (this file lives in apps/dev-sso/src or apps/dev-sso/dist). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** `infra/keycloak/realm-servicepack.json`, or `DEV_SSO_REALM_FILE`. */
export function defaultRealmFile(): string {
  return process.env.DEV_SSO_REALM_FILE || fileURLToPath(new URL('../../../infra/keycloak/realm-servicepack.json', import.meta.url))
}

/** `<repo>/.data/dev-sso/signing-key.json` (git-ignored), or `DEV_SSO_KEY_FILE`. */
export function defaultKeyFile(): string {
  return process.env.DEV_SSO_KEY_FILE || fileURLToPath(new URL('../../../.data/dev-sso/signing-key.json', import.meta.url))
}
