/**
 * The stable machine codes of the error shape. Front ends choose the text they show by `code`
 * (and by `details[].code` for a field), never by `message`, which is English for developers.
 * Adding a code is fine; renaming or removing one breaks the apps.
 */
export const ERROR_CODES = [
  /** 400 with `details`: one or more fields are wrong. */
  'FIELD_INVALID',
  /** 400: the body is not JSON, too deeply nested, or has too many keys. */
  'MALFORMED_BODY',
  /** 413: the body is larger than the API accepts. */
  'PAYLOAD_TOO_LARGE',
  /** 415: a body type the route does not take. */
  'UNSUPPORTED_MEDIA_TYPE',
  /** 400: any other bad request. */
  'BAD_REQUEST',
  /** 400: more rows match than an export writes (GET /api/appeals/export): narrow the filters. */
  'EXPORT_TOO_LARGE',
  /** 400: an answer to an enterprise shorter than a sentence (appeal-state.ts ANSWER_MIN_CHARS). */
  'ANSWER_TOO_SHORT',
  /** 400 with `details`: a public question or answer (政策问答) names or identifies the enterprise that asked (name, USCC, contact, phone); each detail says what. */
  'ANSWER_IDENTIFIES_ENTERPRISE',
  /** 401: no bearer token was sent. */
  'AUTH_REQUIRED',
  /** 401: the token is invalid or expired (sign in again). */
  'TOKEN_INVALID',
  /** 403: the caller's roles do not allow this. */
  'FORBIDDEN',
  /** 403: an enterprise user whose account carries no (valid) enterprise. */
  'ENTERPRISE_NOT_LINKED',
  /** 403: an enterprise user bound to another enterprise than the token names. */
  'ENTERPRISE_MISMATCH',
  /** 404: no such route or record (or one the caller may not see). */
  'NOT_FOUND',
  /** 404: no such enterprise (or one the caller may not see). */
  'ENTERPRISE_NOT_FOUND',
  /** 404: no such appeal (or one the caller may not see). */
  'APPEAL_NOT_FOUND',
  /** 404: no such answer (政策问答), or one the caller may not see. */
  'ANSWER_NOT_FOUND',
  /** 404: no such notice (or one the caller may not see: another association's, or outside the enterprise's audience). */
  'NOTICE_NOT_FOUND',
  /** 409: the caller's enterprise already has a registration (or a waitlist place) for this notice. */
  'ALREADY_REGISTERED',
  /** 409: the notice's registration deadline has passed (or it was cancelled): no registering or withdrawing. */
  'REGISTRATION_CLOSED',
  /** 409: a registration asks for more attendees than there are free seats (nobody waiting for them); it stays as it was. */
  'NOT_ENOUGH_SEATS',
  /** 409: the enterprise record was changed by someone else since it was read. */
  'PROFILE_VERSION_CONFLICT',
  /** 409: the action is not possible in the appeal's current state (someone acted first?). */
  'INVALID_TRANSITION',
  /** 409: the lead answers while an assisting bureau's opinion is awaited, without saying it will not wait (skipAssistingOpinion + skipReason). */
  'ASSISTING_OPINION_AWAITED',
  /** 409: a public answer is proposed from an appeal that has not been answered yet. */
  'APPEAL_NOT_ANSWERED',
  /** 409: an open-data month is corrected before it was published (only a published month has versions to correct). */
  'OPEN_DATA_NOT_PUBLISHED',
  /** 409: an Idempotency-Key was reused for a different request. */
  'IDEMPOTENCY_KEY_REUSED',
  /** 409: any other conflict with the record's current state. */
  'CONFLICT',
  /** 409: the chinese-days library does not know this year's holidays (import the State Council's notice). */
  'CALENDAR_YEAR_UNKNOWN',
  /** 429: too many requests; wait `Retry-After` seconds. */
  'RATE_LIMITED',
  /** 503: the database is saturated (no pooled connection within DB_POOL_WAIT_MS, or contention that persisted after retries); nothing was written: retry after `Retry-After` seconds. */
  'BUSY',
  /** 503: a dependency (the database) is down. */
  'SERVICE_UNAVAILABLE',
  /** 500: a bug; quote the correlation id. */
  'INTERNAL_ERROR',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** Why one field was refused (`details[].code`). */
export const FIELD_CODES = [
  /** missing, null where a value is needed, or blank after trimming */
  'REQUIRED',
  /** a value of the wrong type (a string for a number, …) */
  'TYPE',
  /** a string that does not have the expected shape (phone, e-mail, date, USCC) */
  'FORMAT',
  /** longer than allowed (or too many items) */
  'TOO_LONG',
  /** a number below the minimum or above the maximum */
  'OUT_OF_RANGE',
  /** a code that is not in its catalogue */
  'NOT_ALLOWED',
  /** a field the route does not know */
  'UNKNOWN_FIELD',
  /** control characters, NUL, lone surrogates, bidirectional overrides or zero-width characters */
  'FORBIDDEN_CHARACTERS',
  /** the record this item names was changed by someone else since it was read (a stale version) */
  'STALE',
  /** the record this item names does not exist (or the caller may not see it) */
  'NOT_FOUND',
  /** any other problem */
  'INVALID',
] as const
export type FieldCode = (typeof FIELD_CODES)[number]

/** The default code of a status, for errors that carry none of their own. */
export function defaultCode(status: number): ErrorCode {
  switch (status) {
    case 400: return 'BAD_REQUEST'
    case 401: return 'AUTH_REQUIRED'
    case 403: return 'FORBIDDEN'
    case 404: return 'NOT_FOUND'
    case 409: return 'CONFLICT'
    case 413: return 'PAYLOAD_TOO_LARGE'
    case 415: return 'UNSUPPORTED_MEDIA_TYPE'
    case 429: return 'RATE_LIMITED'
    case 503: return 'SERVICE_UNAVAILABLE'
    default: return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'
  }
}

/** class-validator constraint names → field codes. */
const constraintCodes: Record<string, FieldCode> = {
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  notBlank: 'REQUIRED',
  isString: 'TYPE',
  isInt: 'TYPE',
  isNumber: 'TYPE',
  isBoolean: 'TYPE',
  isObject: 'TYPE',
  isArray: 'TYPE',
  arrayMinSize: 'REQUIRED',
  arrayMaxSize: 'TOO_LONG',
  arrayUnique: 'NOT_ALLOWED',
  maxLength: 'TOO_LONG',
  maxKeys: 'TOO_LONG',
  minLength: 'REQUIRED',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  matches: 'FORMAT',
  isEmail: 'FORMAT',
  isPhone: 'FORMAT',
  isCalendarDate: 'FORMAT',
  dateInRange: 'OUT_OF_RANGE',
  isIso8601: 'FORMAT',
  isUscc: 'FORMAT',
  isIn: 'NOT_ALLOWED',
  isEnum: 'NOT_ALLOWED',
  whitelistValidation: 'UNKNOWN_FIELD',
  plainText: 'FORBIDDEN_CHARACTERS',
}

/** The most telling code among a field's failed constraints (type problems first). */
export function fieldCodeOf(constraints: readonly string[]): FieldCode {
  const codes = constraints.map((c) => constraintCodes[c] ?? 'INVALID')
  for (const preferred of ['UNKNOWN_FIELD', 'REQUIRED', 'TYPE', 'FORBIDDEN_CHARACTERS'] as const) {
    if (codes.includes(preferred)) return preferred
  }
  return codes[0] ?? 'INVALID'
}
