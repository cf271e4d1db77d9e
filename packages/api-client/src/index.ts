export { createApiClient, authMiddleware, errorMiddleware } from './client'
export type { ApiClient, ApiClientOptions } from './client'
export { ApiError, ApiUnreachableError, codeForStatus, fieldErrors, isApiError, KNOWN_CODES } from './api-error'
export type { ApiErrorBody, ErrorCode, FieldCode, FieldProblem } from './api-error'
export type { paths, components, operations } from './schema'

import type { components } from './schema'
/** Shorthand for a named schema of the API: `Schema<'MeDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name]
