import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const pkg = path.resolve(here, '..')
const repo = path.resolve(pkg, '../..')

/**
 * What `pnpm dev` starts as the SSO on port 8180: `SSO` unset or `dev` → this package's development SSO
 * (Node only); `SSO=keycloak` → a real Keycloak 26 (scripts/keycloak.sh: Java and, once, Maven).
 * Returns the command, or a one-line error for another value.
 */
export function ssoCommand(env) {
  const choice = (env.SSO ?? '').trim().toLowerCase() || 'dev'
  if (choice === 'dev') return { name: 'dev-sso', command: path.join(pkg, 'node_modules/.bin/tsx'), args: [path.join(pkg, 'src/main.ts')] }
  if (choice === 'keycloak') return { name: 'keycloak', command: 'bash', args: [path.join(repo, 'scripts/keycloak.sh')] }
  return { error: `SSO must be "dev" (the default: the development SSO) or "keycloak" (a real Keycloak 26 on port 8180), got "${env.SSO}"` }
}
