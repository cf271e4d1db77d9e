import { describe, expect, it } from 'vitest'

// The setup file (element-to-string.ts) runs before every component test; without it happy-dom answers
// the markup, which Popper then serialises again and again.
describe('an element made a string', () => {
  it('says what it is, as in a browser, not its markup', () => {
    const div = document.createElement('div')
    div.innerHTML = '<span>深层内容</span>'
    expect(String(div)).toBe('[object HTMLDivElement]')
    expect(`${document.body}`).toBe('[object HTMLBodyElement]')
  })
})
