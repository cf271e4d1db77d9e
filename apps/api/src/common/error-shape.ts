import { HttpException, HttpStatus } from '@nestjs/common'
import type { ValidationError } from 'class-validator'

/** A field that failed validation, with every message about it. */
export interface FieldProblem {
  field: string
  messages: string[]
}

/** The one JSON shape of every error the API returns. */
export interface ErrorBody {
  statusCode: number
  error: string
  message: string
  details?: FieldProblem[]
  correlationId: string
}

/** Thrown for invalid input with field-level problems; rendered as 400 with `details`. */
export class InputInvalidException extends HttpException {
  constructor(
    readonly details: FieldProblem[],
    message = 'Request validation failed',
  ) {
    super({ message, details }, HttpStatus.BAD_REQUEST)
  }
}

/** Flattens class-validator's nested errors into `field.path` → messages. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = []
  for (const err of errors) {
    const field = prefix ? `${prefix}.${err.property}` : err.property
    if (err.constraints) out.push({ field, messages: Object.values(err.constraints) })
    if (err.children?.length) out.push(...flattenValidationErrors(err.children, field))
  }
  return out
}

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

function phrase(status: number): string {
  return reasonPhrases[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error')
}

/** Errors Fastify raises itself before Nest sees the request (bad JSON, too large, …). */
interface FrameworkError {
  statusCode?: number
  code?: string
  message?: string
}

function isFrameworkClientError(e: unknown): e is FrameworkError {
  if (typeof e !== 'object' || e === null) return false
  const status = (e as FrameworkError).statusCode
  return typeof status === 'number' && status >= 400 && status < 500
}

/**
 * Maps anything thrown to the error shape. Unknown errors become a 500 whose message
 * says nothing about internals; the caller logs the original.
 */
export function toErrorBody(exception: unknown, correlationId: string): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus()
    const response = exception.getResponse()
    let message = exception.message
    let details: FieldProblem[] | undefined
    if (typeof response === 'string') {
      message = response
    } else if (typeof response === 'object' && response !== null) {
      const r = response as { message?: unknown; details?: unknown; status?: unknown; error?: unknown }
      if (typeof r.message === 'string') message = r.message
      else if (r.status === 'error' && typeof r.error === 'object' && r.error !== null) {
        // @nestjs/terminus: name the failing checks
        message = `Health check failed: ${Object.keys(r.error).join(', ')}`
      }
      else if (Array.isArray(r.message)) message = r.message.join('; ')
      if (Array.isArray(r.details)) details = r.details as FieldProblem[]
    }
    return {
      statusCode: status,
      error: phrase(status),
      message,
      ...(details ? { details } : {}),
      correlationId,
    }
  }
  if (isFrameworkClientError(exception)) {
    const status = exception.statusCode ?? 400
    return {
      statusCode: status,
      error: phrase(status),
      message: exception.message ?? phrase(status),
      correlationId,
    }
  }
  return {
    statusCode: 500,
    error: phrase(500),
    message: 'An unexpected error occurred. Quote the correlation id when reporting it.',
    correlationId,
  }
}
