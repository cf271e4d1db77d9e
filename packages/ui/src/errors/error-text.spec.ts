import { ApiError, ApiUnreachableError, fieldErrors, KNOWN_CODES, type ErrorCode, type FieldCode } from '@servicepack/api-client'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { testI18n } from '../testing/i18n'
import { errorKind, errorText, fieldErrorText, needsSignIn, useErrorText } from './error-text'

/**
 * Every code of the generated client, once: `KNOWN_CODES` is a `Record<ErrorCode, true>`, so a code added
 * to the API's OpenAPI document (and so to the client's union types) fails the client's typecheck until it
 * is listed there, and then the tests below ask for its texts in both languages.
 */
const EVERY_FIELD_CODE: Record<FieldCode, true> = {
  REQUIRED: true,
  TYPE: true,
  FORMAT: true,
  TOO_LONG: true,
  OUT_OF_RANGE: true,
  NOT_ALLOWED: true,
  UNKNOWN_FIELD: true,
  FORBIDDEN_CHARACTERS: true,
  STALE: true,
  NOT_FOUND: true,
  INVALID: true,
}
const errorCodes = Object.keys(KNOWN_CODES) as ErrorCode[]
const fieldCodes = Object.keys(EVERY_FIELD_CODE) as FieldCode[]

const DEVELOPER_MESSAGE = 'contactPhone must be a phone number (digits, +, -, spaces)'
const apiError = (code: ErrorCode, init: { statusCode?: number; retryAfter?: number | null; correlationId?: string } = {}) =>
  new ApiError({ statusCode: init.statusCode ?? 400, error: 'Bad Request', code, message: DEVELOPER_MESSAGE, correlationId: init.correlationId ?? 'req-42', retryAfter: init.retryAfter ?? null })

const CJK = /[\u4e00-\u9fff]/
const zh = testI18n('zh-CN').global
const en = testI18n('en').global

describe('error texts', () => {
  it.each(errorCodes)('%s has a Chinese and an English text of its own', (code) => {
    const key = `ui.errors.codes.${code}`
    expect(zh.te(key, 'zh-CN')).toBe(true)
    expect(en.te(key, 'en')).toBe(true)
    const chinese = errorText(apiError(code, { retryAfter: 7 }), zh.t)
    const english = errorText(apiError(code, { retryAfter: 7 }), en.t)
    expect(chinese).toMatch(CJK)
    expect(english).not.toMatch(CJK)
    expect(english).not.toBe(chinese)
    for (const text of [chinese, english]) {
      expect(text).not.toContain(DEVELOPER_MESSAGE)
      expect(text).not.toContain('{')
    }
  })

  it.each(fieldCodes)('field code %s has a Chinese and an English text naming the field', (code) => {
    expect(zh.te(`ui.errors.fields.${code}`, 'zh-CN')).toBe(true)
    expect(en.te(`ui.errors.fields.${code}`, 'en')).toBe(true)
    expect(fieldErrorText(code, '联系电话', zh.t)).toMatch(/联系电话/)
    expect(fieldErrorText(code, 'Contact phone', en.t)).toMatch(/^Contact phone /)
    expect(fieldErrorText(code, 'Contact phone', en.t)).not.toMatch(CJK)
  })

  it('says the texts the portal promises', () => {
    expect(errorText(apiError('PROFILE_VERSION_CONFLICT', { statusCode: 409 }), zh.t)).toBe('资料已被他人修改，请重新加载后再保存')
    expect(errorText(apiError('RATE_LIMITED', { statusCode: 429, retryAfter: 30 }), zh.t)).toBe('操作过于频繁，请在 30 秒后重试')
    expect(errorText(apiError('RATE_LIMITED', { statusCode: 429 }), zh.t)).toBe('操作过于频繁，请稍后重试')
    expect(errorText(apiError('TOKEN_INVALID', { statusCode: 401 }), zh.t)).toBe('登录已过期，请重新登录')
    expect(errorText(apiError('AUTH_REQUIRED', { statusCode: 401 }), zh.t)).toBe('登录已过期，请重新登录')
    expect(errorText(new ApiUnreachableError('http://localhost:3000/api/me', new TypeError('fetch failed')), zh.t)).toBe('无法连接服务器，请检查网络后重试')
    expect(errorText(apiError('INTERNAL_ERROR', { statusCode: 500, correlationId: 'req-9f3' }), zh.t)).toContain('请求编号 req-9f3')
    expect(errorText(apiError('INTERNAL_ERROR', { statusCode: 500, correlationId: '' }), zh.t)).toBe('系统出现异常，请稍后重试')
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"), zh.t)).toBe('页面出现意外错误，请刷新后重试')
    expect(fieldErrorText('FORMAT', '联系电话', zh.t)).toBe('联系电话格式不正确')
    expect(fieldErrorText('REQUIRED', '企业名称', zh.t)).toBe('请填写企业名称')
    expect(fieldErrorText('FORMAT', 'Contact phone', en.t)).toBe('Contact phone is not in a valid format')
  })

  it('chooses by code, whatever the status or message says', async () => {
    const response = new Response(JSON.stringify({ statusCode: 409, error: 'Conflict', code: 'PROFILE_VERSION_CONFLICT', message: 'The profile was changed by someone else', correlationId: 'c' }), { status: 409 })
    const error = await ApiError.fromResponse(response)
    expect(errorText(error, zh.t)).toBe('资料已被他人修改，请重新加载后再保存')
    expect(errorText(error, en.t)).toBe('Someone else has changed this record. Reload it, then save again.')
    // A proxy's 502 page carries no code: the status decides.
    const gateway = await ApiError.fromResponse(new Response('<html>Bad Gateway</html>', { status: 502 }))
    expect(errorText(gateway, zh.t)).toBe('服务暂时不可用，请稍后重试')
  })

  it('reads Retry-After from a real 429 answer', async () => {
    const response = new Response(JSON.stringify({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests', correlationId: 'c' }), {
      status: 429,
      headers: { 'retry-after': '45' },
    })
    expect(errorText(await ApiError.fromResponse(response), zh.t)).toBe('操作过于频繁，请在 45 秒后重试')
  })

  it('classifies what was thrown and knows when signing in again helps', () => {
    expect(errorKind(apiError('FORBIDDEN'))).toBe('FORBIDDEN')
    expect(errorKind(new ApiUnreachableError('u', null))).toBe('UNREACHABLE')
    expect(errorKind('boom')).toBe('UNEXPECTED')
    expect(needsSignIn(apiError('TOKEN_INVALID'))).toBe(true)
    expect(needsSignIn(apiError('AUTH_REQUIRED'))).toBe(true)
    expect(needsSignIn(apiError('FORBIDDEN'))).toBe(false)
    expect(fieldErrors(new ApiError({ statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'm', correlationId: 'c', details: [{ field: 'contactPhone', code: 'FORMAT', messages: [DEVELOPER_MESSAGE] }] }))).toEqual({ contactPhone: 'FORMAT' })
  })

  it('useErrorText follows the language of the component', async () => {
    const i18n = testI18n('zh-CN')
    const Probe = defineComponent({
      setup() {
        const { errorText, fieldErrorText } = useErrorText()
        return () => h('p', `${errorText(apiError('FORBIDDEN', { statusCode: 403 }))} / ${fieldErrorText('TOO_LONG', '联系人')}`)
      },
    })
    const wrapper = mount(Probe, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('当前账号没有执行此操作的权限 / 联系人超出长度限制')
    i18n.global.locale.value = 'en'
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('Your account may not do this. / 联系人 is too long')
  })
})
