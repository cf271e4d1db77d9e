import { HttpException, HttpStatus } from '@nestjs/common'
import type { ValidationError } from 'class-validator'
import { dbFailureOf } from './db-errors.js'
import { defaultCode, fieldCodeOf, type ErrorCode, type FieldCode } from './error-codes.js'

/** A field that failed validation: its dotted path, why (a stable code) and messages for developers. */
export interface FieldProblem {
  field: string
  code: FieldCode
  messages: string[]
}

/** The one JSON shape of every error the API returns. */
export interface ErrorBody {
  statusCode: number
  error: string
  /** Stable machine code; the apps choose the text they show by it. */
  code: ErrorCode
  /** For developers (English); never shown to users as is. */
  message: string
  details?: FieldProblem[]
  correlationId: string
}

/**
 * An HTTP error with its stable code; `details` name the records or fields concerned (e.g. the
 * enterprises of a bulk assignment that were changed meanwhile).
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super({ message, code, ...(details ? { details: details.slice(0, MAX_REPORTED_PROBLEMS) } : {}) }, status)
  }
}

/** At most this many field problems are reported; the message says how many more there were. */
export const MAX_REPORTED_PROBLEMS = 20

/** Thrown for invalid input with field-level problems; rendered as 400 `FIELD_INVALID` with `details`. */
export class InputInvalidException extends HttpException {
  readonly details: FieldProblem[]
  constructor(problems: FieldProblem[], message = 'Request validation failed') {
    const details = problems.slice(0, MAX_REPORTED_PROBLEMS)
    const more = problems.length - details.length
    super({ message: more > 0 ? `${message} (${more} more problems not shown)` : message, details, code: 'FIELD_INVALID' }, HttpStatus.BAD_REQUEST)
    this.details = details
  }
}

/** One field problem (a shorthand for services and pipes). */
export function fieldProblem(field: string, code: FieldCode, message: string): FieldProblem {
  return { field, code, messages: [message] }
}

/** Flattens class-validator's nested errors into `field.path` → code and messages. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = []
  for (const err of errors) {
    const field = prefix ? `${prefix}.${err.property}` : err.property
    if (err.constraints) out.push({ field, code: fieldCodeOf(Object.keys(err.constraints)), messages: Object.values(err.constraints) })
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
  414: 'URI Too Long',
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
 * Maps anything thrown to the error shape. Database failures the API understands become their
 * 409 or 503 (common/db-errors.ts). Unknown errors become a 500 whose message
 * says nothing about internals; the caller logs the original.
 */
export function toErrorBody(exception: unknown, correlationId: string): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus()
    const response = exception.getResponse()
    let message = exception.message
    let details: FieldProblem[] | undefined
    let code = defaultCode(status)
    if (typeof response === 'string') {
      message = response
    } else if (typeof response === 'object' && response !== null) {
      const r = response as { message?: unknown; details?: unknown; status?: unknown; error?: unknown; code?: unknown }
      if (typeof r.code === 'string') code = r.code as ErrorCode
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
      code,
      message,
      ...(details ? { details } : {}),
      correlationId,
    }
  }
  if (isFrameworkClientError(exception)) {
    const status = exception.statusCode ?? 400
    // Fastify's content-type parser errors (bad JSON, empty body, …) are malformed bodies.
    const code = status === 400 && exception.code?.startsWith('FST_ERR_CTP') ? 'MALFORMED_BODY' : defaultCode(status)
    return {
      statusCode: status,
      error: phrase(status),
      code,
      message: exception.message ?? phrase(status),
      correlationId,
    }
  }
  // the pool's wait ran out, a conflict persisted after retries, a constraint stopped a write: answers, not 500s
  const db = dbFailureOf(exception)
  if (db) return { statusCode: db.status, error: phrase(db.status), code: db.code, message: db.message, correlationId }
  return {
    statusCode: 500,
    error: phrase(500),
    code: 'INTERNAL_ERROR',
    message: 'An unexpected error occurred. Quote the correlation id when reporting it.',
    correlationId,
  }
}
