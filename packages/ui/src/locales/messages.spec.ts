import { describe, expect, it } from 'vitest'
import { messageKeyProblems } from '../testing/message-keys'
import { uiMessages } from './index'

describe("the shared components' messages", () => {
  it('have the same keys in Chinese and English, every one a text', () => {
    expect(messageKeyProblems(uiMessages)).toEqual([])
  })
})
