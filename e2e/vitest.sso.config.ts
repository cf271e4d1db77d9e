import { defineConfig } from 'vitest/config'

/**
 * The SSO tests (`pnpm --filter @servicepack/e2e test:sso`): the contract file once against the dev SSO
 * and once against Keycloak 26 (scripts/keycloak.sh, or the server KEYCLOAK_URL names), plus the realm's
 * import into Keycloak and the apps in Chromium against Keycloak.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'sso-dev',
          include: ['sso/contract.sso.ts'],
          globalSetup: ['sso/setup-dev.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'sso-keycloak',
          include: ['sso/*.sso.ts'],
          globalSetup: ['sso/setup-keycloak.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
