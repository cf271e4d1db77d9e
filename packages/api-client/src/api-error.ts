/**
 * The API answers every error in one shape (see the API's exception filter):
 * `{ statusCode, error, message, details?, correlationId }`.
 *
 * `ApiError` is what the client throws for any non-2xx response. It never trusts the
 * body to follow that shape (a proxy, a 503 from the health check or a gateway page may
 * not), so every field falls back to something readable.
 */
export interface ApiErrorBody {
  statusCode: number
  error: string
  message: string
  details?: unknown
  correlationId: string
}

export class ApiError extends Error implements ApiErrorBody {
  override readonly name = 'ApiError'
  readonly statusCode: number
  readonly error: string
  readonly details?: unknown
  readonly correlationId: string
  /** The parsed response body as received (JSON or text), for callers that need more. */
  readonly body: unknown

  constructor(init: ApiErrorBody & { body?: unknown }) {
    super(init.message)
    this.statusCode = init.statusCode
    this.error = init.error
    this.details = init.details
    this.correlationId = init.correlationId
    this.body = init.body
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
    return new ApiError({
      statusCode: typeof shape.statusCode === 'number' ? shape.statusCode : response.status,
      error: typeof shape.error === 'string' ? shape.error : response.statusText || `HTTP ${response.status}`,
      message: Array.isArray(message)
        ? message.join('; ')
        : typeof message === 'string'
          ? message
          : `${response.status} ${response.statusText}`.trim(),
      details: shape.details,
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
