// @vitest-environment node
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { initialJsSize, initialScripts } from './index.js'

describe("an app's initial JS", () => {
  it.each([
    ['the entry and its modulepreloads, in order', '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/vue-b.js"><link rel="modulepreload" href="/assets/c.js">', ['assets/index-a.js', 'assets/vue-b.js', 'assets/c.js']],
    ['not stylesheets, icons or prefetches', '<link rel="stylesheet" href="/assets/x.css"><link rel="icon" href="/favicon.svg"><link rel="prefetch" href="/assets/lazy.js"><script type="module" src="/assets/i.js"></script>', ['assets/i.js']],
    ['not classic scripts nor other origins', '<script src="/legacy.js"></script><script type="module" src="https://cdn.example/x.js"></script><script type="module" src="./assets/m.js"></script>', ['assets/m.js']],
    ['each file once', '<script type="module" src="/a.js"></script><link rel="modulepreload" href="/a.js">', ['a.js']],
    ['nothing in a page without scripts', '<!doctype html><p>hi</p>', []],
  ])('is %s', (_what, html, files) => {
    expect(initialScripts(html)).toEqual(files)
  })

  it('sums the gzipped sizes, and names a file the build lacks', () => {
    const code = { 'a.js': 'console.log(1)'.repeat(50), 'b.js': 'export const b = 2' }
    const html = '<script type="module" src="/a.js"></script><link rel="modulepreload" href="/b.js">'
    const size = initialJsSize(html, (file) => code[file as keyof typeof code])
    const expected = gzipSync(code['a.js'], { level: 9 }).length + gzipSync(code['b.js'], { level: 9 }).length
    expect(size.gzip).toBe(expected)
    expect(size.files.map((f) => f.file)).toEqual(['a.js', 'b.js'])
    expect(() => initialJsSize('<script type="module" src="/gone.js"></script>', () => undefined)).toThrow(/gone\.js/)
  })
})
