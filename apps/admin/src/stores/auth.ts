// The session lives in the shared auth store (keycloak-js behind a small interface).
export { useAuthStore, type AuthStatus } from '@servicepack/ui/auth'
