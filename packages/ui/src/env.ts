/// <reference types="vite/client" />

/** The build-time settings the apps read from Vite's `import.meta.env`. */
declare global {
  interface ImportMetaEnv {
    /** Origin of the API (paths start with /api). Default http://localhost:3000; empty: the page's own origin (behind nginx). */
    readonly VITE_API_URL?: string
    /** Keycloak (or dev SSO) base URL. Default http://localhost:8180. */
    readonly VITE_OIDC_URL?: string
    readonly VITE_OIDC_REALM?: string
    readonly VITE_OIDC_CLIENT_ID?: string
    /** Origin of the enterprise portal (the back office links to its measure pages). Default http://localhost:5173. */
    readonly VITE_PORTAL_URL?: string
  }

  interface ImportMeta {
    readonly env: ImportMetaEnv
  }
}

export {}
