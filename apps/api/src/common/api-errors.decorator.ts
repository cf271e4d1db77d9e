import { applyDecorators } from '@nestjs/common'
import { ApiExtraModels, ApiResponse } from '@nestjs/swagger'
import { ErrorDto, FieldProblemDto } from './error.dto.js'

const descriptions: Record<number, string> = {
  400: 'FIELD_INVALID (with details), MALFORMED_BODY or BAD_REQUEST',
  401: 'AUTH_REQUIRED or TOKEN_INVALID',
  403: 'FORBIDDEN, ENTERPRISE_NOT_LINKED or ENTERPRISE_MISMATCH',
  404: 'NOT_FOUND or ENTERPRISE_NOT_FOUND (also for records the caller may not see); a bulk route names the missing items in details (NOT_FOUND)',
  409: 'PROFILE_VERSION_CONFLICT or CONFLICT; a bulk route names the stale items in details (STALE)',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED (see Retry-After)',
  503: 'SERVICE_UNAVAILABLE: a dependency (the database, the attachment store) does not answer; try again later',
}

/** Documents the error responses of a route, all in the one error shape. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorDto, FieldProblemDto),
    ...statuses.map((status) => ApiResponse({ status, type: ErrorDto, description: descriptions[status] ?? 'error' })),
  )
}
