import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** What the API makes of a verified token (apps/api/src/auth/principal.ts). */
export interface Principal {
  sub: string
  username: string
  name: string | null
  email: string | null
  roles: string[]
  enterpriseUscc: string | null
  enterpriseName?: string | null
  bureau: string | null
  association: string | null
}

interface Verifier {
  verify(token: string): Promise<Principal>
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The API's own TokenVerifier (apps/api/dist, built by turbo's ^build), configured as the API is, through
 * the API's own environment schema (its defaults: OIDC_AUDIENCE servicepack-api, the realm's clients,
 * the maximum token age): OIDC_ISSUER = the realm, keys from the realm's JWKS.
 */
export async function apiVerifier(issuer: string): Promise<Verifier> {
  const dist = (file: string) => pathToFileURL(path.join(root, 'apps/api/dist', file)).href
  const { TokenVerifier } = (await import(dist('auth/token-verifier.js'))) as { TokenVerifier: new (env: Record<string, unknown>) => Verifier }
  const { loadEnv } = (await import(dist('config/env.js'))) as { loadEnv: (source: Record<string, string>) => Record<string, unknown> }
  return new TokenVerifier(loadEnv({ OIDC_ISSUER: issuer }))
}
