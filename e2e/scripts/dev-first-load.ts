/**
 * A first load of an app on a fresh `vite` dev server (its optimized-deps cache removed), page after
 * page, as a developer meets it after `pnpm install`: counts "504 Outdated Optimize Dep" answers and
 * failed module loads. Not a test (it needs a dev server of its own); run it when the apps' dependencies
 * change:
 *
 *   (cd e2e && pnpm exec tsx scripts/dev-first-load.ts web 5373 / /measures /measures/try)
 *
 * Starts `vite --force --port <port>` for the app, visits the paths in Chromium, stops the server and
 * exits 1 if anything answered 504 or a page's module failed to load.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js'

const [app = 'web', port = '5373', ...paths] = process.argv.slice(2)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cwd = path.join(root, 'apps', app)
const server = spawn(path.join(cwd, 'node_modules/.bin/vite'), ['--force', '--port', port, '--strictPort'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
const log: string[] = []
server.stdout.on('data', (d: Buffer) => log.push(String(d)))
server.stderr.on('data', (d: Buffer) => log.push(String(d)))
const base = `http://localhost:${port}`

async function waitUp() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(base)).ok) return
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`vite did not answer on ${base}:\n${log.join('')}`)
}

let problems = 0
try {
  await waitUp()
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', ...CHROMIUM_ARGS],
  })
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  page.on('response', (res) => {
    if (res.status() === 504) {
      problems += 1
      console.log(`504 ${res.url()}`)
    }
  })
  page.on('pageerror', (e) => {
    if (/dynamically imported module|Outdated Optimize Dep/.test(e.message)) {
      problems += 1
      console.log(`pageerror ${e.message}`)
    }
  })
  for (const p of paths.length ? paths : ['/']) {
    await page.goto(base + p, { waitUntil: 'networkidle' }).catch((e: Error) => console.log(`goto ${p}: ${e.message}`))
    await page.waitForTimeout(1500)
    console.log(`visited ${p}`)
  }
  await browser.close()
} finally {
  server.kill('SIGTERM')
}
const reoptimized = log.join('').match(/new dependencies optimized|optimized dependencies changed. reloading/g)?.length ?? 0
console.log(`${problems} failed loads, ${reoptimized} re-optimizations`)
console.log(log.join('').split('\n').filter((l) => /optimiz|504|error/i.test(l)).join('\n'))
process.exitCode = problems || reoptimized ? 1 : 0
