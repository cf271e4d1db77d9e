import { compareWithVueI18n } from '@servicepack/ui/testing'
import { describe, expect, it } from 'vitest'
import { messages } from './index'

// Production builds drop vue-i18n's message compiler for the portal's own (packages/ui
// locales/message-compiler.ts): every message of this app must render the same with both.
describe("this app's messages under the portal's message compiler", () => {
  it.each(['zh-CN', 'en'] as const)('render as vue-i18n renders them (%s)', (locale) => {
    expect(compareWithVueI18n(messages[locale], locale)).toEqual([])
  })
})
