import { describe, expect, it } from 'vitest'
import { renderNoticeMarkdown } from './notice-markdown.js'

/** Nothing in the served HTML that can run script. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/\bon[a-z]+\s*=/i)
  expect(html).not.toMatch(/javascript:/i)
  expect(html).not.toMatch(/<(img|iframe|object|embed|svg|style|form|input)\b/i)
}

describe('renderNoticeMarkdown', () => {
  it('renders the Markdown an association writes', () => {
    const html = renderNoticeMarkdown('## 培训安排\n\n- **时间**：上午 9:00\n- 地点：张江\n\n详见 [通知原文](https://www.sheitc.sh.gov.cn/a.html)。')
    expect(html).toContain('<h2>培训安排</h2>')
    expect(html).toContain('<strong>时间</strong>')
    expect(html).toContain('<a href="https://www.sheitc.sh.gov.cn/a.html" target="_blank" rel="noopener noreferrer">通知原文</a>')
  })

  it('links mailto and bare URLs, each in a new tab without an opener', () => {
    expect(renderNoticeMarkdown('[报名咨询](mailto:train@sica.example.org)')).toContain('<a href="mailto:train@sica.example.org" target="_blank" rel="noopener noreferrer">')
    expect(renderNoticeMarkdown('见 https://example.org/x')).toContain('<a href="https://example.org/x" target="_blank" rel="noopener noreferrer">')
  })

  it.each([
    ['a script element', '<script>window.pwned = 1</script>'],
    ['an event handler', '<img src=x onerror="window.pwned = 1">'],
    ['an event handler in text', 'Look: onmouseover=alert(1)'],
    ['a javascript: link', '[点我](javascript:window.pwned=1)'],
    ['a javascript: link with an entity', '[点我](javascript&#58;window.pwned=1)'],
    ['a javascript: link in mixed case with spaces', '[点我]( JaVaScRiPt:alert(1))'],
    ['a data: link', '[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[点我](vbscript:msgbox(1))'],
    ['an image', '![x](https://evil.example/x.png)'],
    ['an image with a handler', '![x" onerror="alert(1)](https://evil.example/x.png)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference link', '[a][r]\n\n[r]: javascript:alert(1)'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['svg', '<svg onload=alert(1)>'],
    ['a code fence language', '```js onclick=alert(1)\nx\n```'],
    ['an attribute break-out in a link title', '[a](https://x.example "t\\" onclick=\\"alert(1)")'],
  ])('leaves nothing runnable of %s', (_, markdown) => {
    expectInert(renderNoticeMarkdown(markdown))
  })

  it('keeps what was written visible as text', () => {
    expect(renderNoticeMarkdown('<script>alert(1)</script>')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(renderNoticeMarkdown('[点我](javascript:alert(1))')).toContain('[点我](javascript&#58;alert(1))')
  })
})
