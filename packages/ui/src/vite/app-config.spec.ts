// @vitest-environment node
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { get, type IncomingMessage } from 'node:http'
import { resolve } from 'node:path'
import { build, preview, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import { DEVTOOLS_MARKERS, defineAppConfig, IMMUTABLE, initialJsBudget, robotsTxt, sitemap, sitemapXml } from './index.js'

/**
 * A small app with what the real ones boot with (Vue, vue-router, Pinia, vue-i18n), built in memory with
 * the apps' shared configuration. Its folder sits under node_modules/.cache (ignored by git), so the
 * files Vite and the auto-import plugin write stay out of the sources.
 */
const root = resolve(import.meta.dirname, '../../node_modules/.cache/app-config-fixture')
mkdirSync(root, { recursive: true })
writeFileSync(resolve(root, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/main.js"></script>\n')
writeFileSync(
  resolve(root, 'main.js'),
  `import { createApp, h } from 'vue'
import { createRouter, createWebHistory, RouterView } from 'vue-router'
import { createPinia, defineStore } from 'pinia'
import { createI18n, useI18n } from 'vue-i18n'
const useCounter = defineStore('counter', { state: () => ({ n: 0 }) })
const Home = { setup() { const { t } = useI18n(); const counter = useCounter(); return () => h('p', t('hello', { n: counter.n })) } }
const router = createRouter({ history: createWebHistory(), routes: [{ path: '/', component: Home }] })
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': { hello: '你好 {n}' } } })
createApp({ render: () => h(RouterView) }).use(createPinia()).use(router).use(i18n).mount('#app')
`,
)

async function buildFixture(overrides: Record<string, unknown> = {}, nodeEnv = 'production'): Promise<Rolldown.OutputChunk[]> {
  // Vitest runs with NODE_ENV=test; a production build is what is checked.
  const before = process.env.NODE_ENV
  process.env.NODE_ENV = nodeEnv
  try {
    const config = defineAppConfig({
      name: 'fixture',
      port: 5999,
      overrides: { root, logLevel: 'silent', build: { write: false, reportCompressedSize: false }, ...overrides },
    })
    const output = await build({ ...config, configFile: false })
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[]
    return outputs.flatMap((o) => o.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk'))
  } finally {
    process.env.NODE_ENV = before
  }
}

describe('the apps\u2019 shared Vite configuration', () => {
  it('turns the devtools flags of Vue and vue-i18n off at compile time', () => {
    const { define } = defineAppConfig({ name: 'fixture', port: 5999 })
    expect(define).toMatchObject({ __VUE_PROD_DEVTOOLS__: false, __INTLIFY_PROD_DEVTOOLS__: false, __VUE_I18N_LEGACY_API__: false })
  })

  it('builds an app with Vue, vue-router, Pinia and vue-i18n without any devtools code or devtools chunk', async () => {
    const chunks = await buildFixture()
    expect(chunks.map((c) => c.name)).toContain('vue')
    for (const chunk of chunks) {
      expect(chunk.fileName).not.toMatch(/devtools/i)
      for (const marker of DEVTOOLS_MARKERS) expect(chunk.code, `${marker} in ${chunk.fileName}`).not.toContain(marker)
    }
  }, 60_000)

  it('fails the build when devtools code gets in (here: Vue devtools turned on for production)', async () => {
    await expect(buildFixture({ define: { __VUE_PROD_DEVTOOLS__: true } })).rejects.toThrow(/Devtools code in the production build[\s\S]*__VUE_DEVTOOLS_GLOBAL_HOOK__/)
  }, 60_000)

  it('fails the build when the initial JS exceeds its budget, and passes it within', async () => {
    await expect(buildFixture({ plugins: [initialJsBudget('fixture', 1)] })).rejects.toThrow(/fixture: initial JS [\d.]+ kB gzipped \(\d+ files\), budget 1 kB: over budget/)
    await expect(buildFixture({ plugins: [initialJsBudget('fixture', 500)] })).resolves.toBeTruthy()
  }, 60_000)

  it("fails a build that inherited another NODE_ENV (vitest's 'test'), and says why", async () => {
    await expect(buildFixture({}, 'test')).rejects.toThrow(/__VUE_DEVTOOLS_GLOBAL_HOOK__[\s\S]*NODE_ENV=test/)
  }, 60_000)
})

describe('vite preview (the browser tests\u2019 servers) answers as nginx does', () => {
  it('caches a hashed asset for good, answers a missing one 404 without caching it, and never caches the shell', async () => {
    const outDir = resolve(root, 'dist-preview')
    const before = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      const config = defineAppConfig({ name: 'fixture', port: 5999, overrides: { root, logLevel: 'silent', build: { outDir, emptyOutDir: true, reportCompressedSize: false } } })
      await build({ ...config, configFile: false })
      const server = await preview({ ...config, configFile: false, preview: { port: 0, strictPort: false, open: false } })
      try {
        const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
        const shell = await fetch(origin + '/')
        const script = /src="(\/assets\/[^"]+\.js)"/.exec(await shell.text())?.[1] ?? ''
        expect(script).toMatch(/^\/assets\//)
        expect(shell.headers.get('cache-control')).toBe('no-cache')
        const asset = await fetch(origin + script)
        expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, IMMUTABLE])
        expect(asset.headers.get('content-type')).toMatch(/javascript/)
        // (node:http sends the path as written; fetch would resolve the dots first)
        for (const missing of ['/assets/gone-1234.js', '/assets/%E0%A4%A', '/assets/../../package.json']) {
          const answer = await new Promise<IncomingMessage>((done, fail) => get(origin + '/', { path: missing }, done).on('error', fail))
          answer.resume()
          expect([missing, answer.statusCode, answer.headers['cache-control']]).toEqual([missing, 404, 'no-store'])
        }
        // a page of the app is its shell, as before
        const page = await fetch(origin + '/appeals')
        expect([page.status, page.headers.get('cache-control')]).toEqual([200, 'no-cache'])
      } finally {
        await server.close()
      }
    } finally {
      process.env.NODE_ENV = before
    }
  }, 60_000)
})

describe('the dev server pre-bundles what the apps load', () => {
  const { optimizeDeps } = defineAppConfig({ name: 'fixture', port: 5999 })
  const include = optimizeDeps?.include ?? []

  it('lists the framework and every Element Plus component style (the auto-import plugin adds those late)', () => {
    expect(include).toEqual(expect.arrayContaining(['vue', 'vue-router', 'pinia', 'vue-i18n', 'keycloak-js', 'element-plus/es', '@element-plus/icons-vue']))
    const styles = include.filter((id) => /^element-plus\/es\/components\/[^/]+\/style\/css$/.test(id))
    for (const used of ['button', 'input', 'form', 'form-item', 'radio-group', 'checkbox', 'select', 'table', 'drawer', 'pagination', 'dialog', 'timeline']) {
      expect(styles, used).toContain(`element-plus/es/components/${used}/style/css`)
    }
  })

  it.each(['web', 'admin'])('names only packages the %s app depends on, and files they have', (app) => {
    const appDir = resolve(import.meta.dirname, `../../../../apps/${app}`)
    for (const id of include.filter((id) => !id.includes('>'))) {
      const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!
      // pnpm links an app's own dependencies, and only those, into its node_modules
      const dir = resolve(appDir, 'node_modules', name)
      expect(existsSync(resolve(dir, 'package.json')), `${app} depends on ${name}`).toBe(true)
      const sub = id.slice(name.length + 1)
      if (sub) expect([`${sub}.mjs`, `${sub}/index.mjs`].some((file) => existsSync(resolve(dir, file))), id).toBe(true)
    }
  })
})

describe('the sitemap of the public pages', () => {
  it('lists absolute, escaped URLs and robots.txt points to it', () => {
    const xml = sitemapXml('https://portal.example/', ['/', '/measures/a&b'])
    expect(xml).toContain('<loc>https://portal.example/</loc>')
    expect(xml).toContain('<loc>https://portal.example/measures/a&amp;b</loc>')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(robotsTxt('https://portal.example')).toContain('Sitemap: https://portal.example/sitemap.xml')
  })

  it('is written into the build', async () => {
    const before = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      const config = defineAppConfig({
        name: 'fixture',
        port: 5999,
        overrides: { root, logLevel: 'silent', build: { write: false, reportCompressedSize: false }, plugins: [sitemap({ origin: 'https://portal.example', paths: () => ['/', '/measures/x'] })] },
      })
      const output = (await build({ ...config, configFile: false })) as Rolldown.RolldownOutput
      const assets = Object.fromEntries(output.output.filter((f) => f.type === 'asset').map((f) => [f.fileName, String((f as Rolldown.OutputAsset).source)]))
      expect(assets['sitemap.xml']).toContain('<loc>https://portal.example/measures/x</loc>')
      expect(assets['robots.txt']).toContain('Sitemap: https://portal.example/sitemap.xml')
    } finally {
      process.env.NODE_ENV = before
    }
  }, 60_000)
})
