// Plain JavaScript, like app-config.js: the apps' vite.config.ts load it with Node as is.
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript a browser must load before the first page can render: the entry `<script
 * type="module" src>` and every `<link rel="modulepreload">` that the built `index.html` names (Vite
 * lists there the entry's static imports, all of them). Lazy routes, the English messages, keycloak-js
 * and the other dynamic imports are not in it.
 * @param {string} html the built index.html
 * @returns {string[]} the files, without the leading `/` (as the bundle names them)
 */
export function initialScripts(html) {
  const files = []
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isEntry = /^<script/i.test(tag) && /\btype=["']?module/i.test(tag)
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload/i.test(tag)
    if (!isEntry && !isPreload) continue
    const url = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1]
    if (url && !/^(?:[a-z]+:)?\/\//i.test(url)) files.push(url.replace(/^\.?\//, ''))
  }
  return [...new Set(files)]
}

/** kB as Vite prints them: 1,000 bytes. */
export const KB = 1000

/**
 * Each initial file's gzipped size (zlib level 9, what a server's static gzip would send) and the sum.
 * @param {string} html
 * @param {(file: string) => string | Uint8Array | undefined} read the built file's contents
 * @returns {{ files: { file: string, gzip: number }[], gzip: number }}
 */
export function initialJsSize(html, read) {
  const files = initialScripts(html).map((file) => {
    const code = read(file)
    if (code === undefined) throw new Error(`index.html names ${file}, which the build did not produce`)
    return { file, gzip: gzipSync(code, { level: 9 }).length }
  })
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) }
}

/**
 * `vite build`: prints the app's initial JS (gzipped) and fails the build when it exceeds `budgetKb`
 * (issue 22: web 160 kB, admin 250 kB), naming the largest files.
 * @param {string} name the app, for the message
 * @param {number} budgetKb
 * @returns {import('vite').Plugin}
 */
export function initialJsBudget(name, budgetKb) {
  return {
    name: 'servicepack:initial-js-budget',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html']
        if (!html || html.type !== 'asset') return
        const { files, gzip } = initialJsSize(String(html.source), (file) => {
          const out = bundle[file]
          return out?.type === 'chunk' ? out.code : out?.type === 'asset' ? out.source : undefined
        })
        const line = `${name}: initial JS ${(gzip / KB).toFixed(1)} kB gzipped (${files.length} files), budget ${budgetKb} kB`
        if (gzip <= budgetKb * KB) {
          this.info(line)
          return
        }
        const largest = [...files].sort((a, b) => b.gzip - a.gzip).slice(0, 8)
        this.error(
          `${line}: over budget.\n  ${largest.map((f) => `${(f.gzip / KB).toFixed(1).padStart(6)} kB  ${f.file}`).join('\n  ')}\n` +
            'Load what the first page does not need with import() (routes, languages, the SSO client), see README "Performance".',
        )
      },
    },
  }
}
