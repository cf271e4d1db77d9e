import { compareWithVueI18n, messageKeyProblems } from '@servicepack/ui/testing'
import { describe, expect, it } from 'vitest'
import { messages } from './index'

describe("this app's messages", () => {
  it('have the same keys in Chinese and English, every one a text', () => {
    expect(messageKeyProblems(messages)).toEqual([])
  })

  // Production builds drop vue-i18n's message compiler for the portal's own (packages/ui
  // locales/message-compiler.ts): every message of this app must render the same with both.
  it.each(['zh-CN', 'en'] as const)('render under the portal message compiler as vue-i18n renders them (%s)', (locale) => {
    expect(compareWithVueI18n(messages[locale], locale)).toEqual([])
  })
})
