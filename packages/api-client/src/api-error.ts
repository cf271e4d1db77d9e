import type { components } from './schema'

/** The API's stable error codes (generated from its OpenAPI document). */
export type ErrorCode = components['schemas']['ErrorCode']
/** Why one field was refused. */
export type FieldCode = components['schemas']['FieldCode']
export type FieldProblem = components['schemas']['FieldProblemDto']

/**
 * The API answers every error in one shape (see the API's exception filter):
 * `{ statusCode, error, code, message, details?, correlationId }`. Apps show text chosen by `code`
 * (and by `details[].code` per field); `message` is English for developers.
 *
 * `ApiError` is what the client throws for any non-2xx response. It never trusts the
 * body to follow that shape (a proxy, a 503 from the health check or a gateway page may
 * not), so every field falls back to something readable, and `code` to one derived from the status.
 */
export interface ApiErrorBody {
  statusCode: number
  error: string
  code: ErrorCode
  message: string
  details?: FieldProblem[]
  correlationId: string
}

/**
 * Every code the API answers with: a `Record` over `ErrorCode` (generated from the API's OpenAPI document),
 * so a code added to the API's error-codes.ts and not here fails the typecheck (known-codes.spec.ts checks
 * the document's list too). A code not in it is read as the status's code (`codeForStatus`).
 */
export const KNOWN_CODES: Readonly<Record<ErrorCode, true>> = {
  FIELD_INVALID: true,
  MALFORMED_BODY: true,
  PAYLOAD_TOO_LARGE: true,
  UNSUPPORTED_MEDIA_TYPE: true,
  BAD_REQUEST: true,
  EXPORT_TOO_LARGE: true,
  ANSWER_TOO_SHORT: true,
  AUTH_REQUIRED: true,
  TOKEN_INVALID: true,
  FORBIDDEN: true,
  ENTERPRISE_NOT_LINKED: true,
  ENTERPRISE_MISMATCH: true,
  NOT_FOUND: true,
  ENTERPRISE_NOT_FOUND: true,
  APPEAL_NOT_FOUND: true,
  ANSWER_NOT_FOUND: true,
  ANSWER_IDENTIFIES_ENTERPRISE: true,
  APPEAL_NOT_ANSWERED: true,
  OPEN_DATA_NOT_PUBLISHED: true,
  NOTICE_NOT_FOUND: true,
  ALREADY_REGISTERED: true,
  REGISTRATION_CLOSED: true,
  NOT_ENOUGH_SEATS: true,
  PROFILE_VERSION_CONFLICT: true,
  INVALID_TRANSITION: true,
  ASSISTING_OPINION_AWAITED: true,
  IDEMPOTENCY_KEY_REUSED: true,
  CONFLICT: true,
  CALENDAR_YEAR_UNKNOWN: true,
  RATE_LIMITED: true,
  BUSY: true,
  SERVICE_UNAVAILABLE: true,
  INTERNAL_ERROR: true,
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_CODES, code)
}

/** The code of a status, for answers that carry none (a proxy's page, an old API). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400: return 'BAD_REQUEST'
    case 401: return 'AUTH_REQUIRED'
    case 403: return 'FORBIDDEN'
    case 404: return 'NOT_FOUND'
    case 409: return 'CONFLICT'
    case 413: return 'PAYLOAD_TOO_LARGE'
    case 415: return 'UNSUPPORTED_MEDIA_TYPE'
    case 429: return 'RATE_LIMITED'
    case 502: case 503: case 504: return 'SERVICE_UNAVAILABLE'
    default: return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'
  }
}

export class ApiError extends Error implements ApiErrorBody {
  override readonly name = 'ApiError'
  readonly statusCode: number
  readonly error: string
  readonly code: ErrorCode
  readonly details?: FieldProblem[]
  readonly correlationId: string
  /** Seconds to wait before retrying (from `Retry-After` on a 429), or null. */
  readonly retryAfter: number | null
  /** The parsed response body as received (JSON or text), for callers that need more. */
  readonly body: unknown

  constructor(init: ApiErrorBody & { body?: unknown; retryAfter?: number | null }) {
    super(init.message)
    this.statusCode = init.statusCode
    this.error = init.error
    this.code = init.code
    if (init.details) this.details = init.details
    this.correlationId = init.correlationId
    this.body = init.body
    this.retryAfter = init.retryAfter ?? null
  }

  /** Builds an ApiError from a failed response. Reads a clone, so the response stays readable. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const text = await response.clone().text().catch(() => '')
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON: keep the text
    }
    const shape = isRecord(body) ? body : {}
    const message = shape.message
    const statusCode = typeof shape.statusCode === 'number' ? shape.statusCode : response.status
    const retryAfter = Number(response.headers.get('retry-after'))
    return new ApiError({
      statusCode,
      code: isKnownCode(shape.code) ? shape.code : codeForStatus(statusCode),
      retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      error: typeof shape.error === 'string' ? shape.error : response.statusText || `HTTP ${response.status}`,
      message: Array.isArray(message)
        ? message.join('; ')
        : typeof message === 'string'
          ? message
          : `${response.status} ${response.statusText}`.trim(),
      details: Array.isArray(shape.details) ? shape.details.filter(isFieldProblem) : undefined,
      correlationId:
        typeof shape.correlationId === 'string' ? shape.correlationId : (response.headers.get('x-request-id') ?? ''),
      body,
    })
  }
}

/** Thrown when the API could not be reached at all (server down, DNS, CORS, offline). */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError'
  constructor(
    readonly url: string,
    override readonly cause: unknown,
  ) {
    super(`API unreachable: ${url}`)
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

/**
 * The field problems of an error as `{ field: code }` (the first problem per field), for forms:
 * `fieldErrors(e)['facts.revenue'] === 'OUT_OF_RANGE'`. Empty for anything but a FIELD_INVALID
 * (a bulk route's 404/409 names its items in `details` too: read `error.details` for those).
 */
export function fieldErrors(error: unknown): Partial<Record<string, FieldCode>> {
  const out: Partial<Record<string, FieldCode>> = {}
  if (!isApiError(error) || error.code !== 'FIELD_INVALID' || !error.details) return out
  for (const d of error.details) out[d.field] ??= d.code
  return out
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return isRecord(value) && typeof value.field === 'string' && typeof value.code === 'string' && Array.isArray(value.messages)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
