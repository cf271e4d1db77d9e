// The admin app's initial JS: the entry script of dist/index.html and every module it preloads,
// gzipped (level 9, as servers send them), added up. The budget is 250 kB (issue 12); prints the
// figure and fails above it. `pnpm --filter @servicepack/admin build && node scripts/initial-js-size.mjs`
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET = 250 * 1000
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', process.argv[2] ?? 'dist')
const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
const files = [
  ...[...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]),
]
let total = 0
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(path.join(dist, file.replace(/^\//, ''))), { level: 9 }).length
  total += size
  console.log(`${(size / 1000).toFixed(1).padStart(8)} kB  ${file}`)
}
console.log(`${(total / 1000).toFixed(1).padStart(8)} kB  initial JS, gzipped (budget ${BUDGET / 1000} kB)`)
if (total > BUDGET) process.exit(1)
