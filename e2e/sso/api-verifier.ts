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
 * The API's own TokenVerifier (apps/api/dist, built by turbo's ^build), configured as the API is in
 * production: OIDC_ISSUER = the realm, OIDC_AUDIENCE = servicepack-api, keys from the realm's JWKS.
 */
export async function apiVerifier(issuer: string): Promise<Verifier> {
  const file = path.join(root, 'apps/api/dist/auth/token-verifier.js')
  const mod = (await import(pathToFileURL(file).href)) as { TokenVerifier: new (env: Record<string, unknown>) => Verifier }
  return new mod.TokenVerifier({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'servicepack-api' })
}
