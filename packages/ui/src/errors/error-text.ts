import { ApiError, ApiUnreachableError, type ErrorCode, type FieldCode } from '@servicepack/api-client'
import { useI18n } from 'vue-i18n'

/** vue-i18n's `t`, as the helpers call it (pass `useI18n().t` or `i18n.global.t`). */
export type Translate = (key: string, named?: Record<string, unknown>) => string

/** What went wrong, as a page decides on it: the API's code, the API not reached, or anything else. */
export type ErrorKind = ErrorCode | 'UNREACHABLE' | 'UNEXPECTED'

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ApiError) return error.code
  if (error instanceof ApiUnreachableError) return 'UNREACHABLE'
  return 'UNEXPECTED'
}

/** True when signing in again is the way out: the session has ended (or was never sent). */
export function needsSignIn(error: unknown): boolean {
  const kind = errorKind(error)
  return kind === 'AUTH_REQUIRED' || kind === 'TOKEN_INVALID'
}

/**
 * The text a person reads for anything thrown, in the current language, chosen by the API's `code`.
 * Never the API's `message` (English, for developers) nor a status number: a 429 says how many seconds
 * to wait (`Retry-After`), a 500 gives the request id to quote, an unreachable API says to check the network.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'RATE_LIMITED':
        return error.retryAfter ? t('ui.errors.codes.RATE_LIMITED', { seconds: error.retryAfter }) : t('ui.errors.rateLimitedSoon')
      case 'INTERNAL_ERROR':
        return error.correlationId ? t('ui.errors.codes.INTERNAL_ERROR', { id: error.correlationId }) : t('ui.errors.internalNoId')
      default:
        return t(`ui.errors.codes.${error.code}`)
    }
  }
  if (error instanceof ApiUnreachableError) return t('ui.errors.unreachable')
  return t('ui.errors.unexpected')
}

/** Why a field was refused, with the field's label: `FORMAT` + 联系电话 → 「联系电话格式不正确」. */
export function fieldErrorText(code: FieldCode, label: string, t: Translate): string {
  return t(`ui.errors.fields.${code}`, { field: label })
}

/** `errorText` and `fieldErrorText` bound to the component's i18n (texts follow a language switch when called in render). */
export function useErrorText() {
  const { t } = useI18n()
  return {
    errorText: (error: unknown) => errorText(error, t),
    fieldErrorText: (code: FieldCode, label: string) => fieldErrorText(code, label, t),
  }
}
