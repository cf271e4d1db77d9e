import { describe, expect, it } from 'vitest'
import { scaleFontSize } from './index.js'

describe('scaleFontSize', () => {
  it.each([
    ['13px', 'calc(13px * var(--sp-font-scale, 1))'],
    ['12.5px', 'calc(12.5px * var(--sp-font-scale, 1))'],
    [' 22px ', 'calc(22px * var(--sp-font-scale, 1))'],
    ['14px !important', 'calc(14px * var(--sp-font-scale, 1)) !important'],
    ['var(--el-font-size-base)', 'var(--el-font-size-base)'],
    ['1.2em', '1.2em'],
    ['inherit', 'inherit'],
    ['120%', '120%'],
    ['calc(12px + 1vw)', 'calc(12px + 1vw)'],
  ])('%s → %s', (input, output) => {
    expect(scaleFontSize(input)).toBe(output)
  })
})
