/** Which SSO a test run talks to, provided by the project's global setup. */
export interface SsoTarget {
  kind: 'dev' | 'keycloak'
  /** `…/realms/servicepack`: the `iss` of every token and the API's OIDC_ISSUER. */
  issuer: string
  /** Keycloak only: the server's URL, its master-realm admin and the file its log is written to. */
  serverUrl?: string
  admin?: { username: string; password: string }
  logFile?: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    sso: SsoTarget
  }
}
