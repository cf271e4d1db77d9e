// `pnpm bench:ci`: the small bench CI runs so the bench cannot rot — seeds 10,000 enterprises, 50,000
// appeals and 1,000 notices into a throwaway embedded PostgreSQL (a temporary folder, a free port; never
// the data of `pnpm bench:seed`), runs the load bench for 2 s a row, writes bench/results/ci.json, and
// removes the folder. Ratios are printed, never judged: it fails only when a step fails (a row answering
// anything but 2xx, the raw server's JSON differing from the API's), never on a time.
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { repoRoot } from './lib/database.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-ci-'))
await chmod(tmp, 0o711)
const env = { ...process.env, BENCH_PGDATA_DIR: path.join(tmp, 'pg'), BENCH_SECONDS: process.env.BENCH_SECONDS ?? '2', BENCH_RESULTS: path.join(repoRoot, 'bench', 'results', 'ci.json') }
delete env.DATABASE_URL // always the throwaway cluster
let current = null
const run = (script, args = []) =>
  new Promise((resolve, reject) => {
    current = spawn(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit', env })
    current.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code ?? signal}`))))
  })
const stop = (signal) => {
  current?.kill(signal)
}
process.once('SIGINT', () => stop('SIGINT'))
process.once('SIGTERM', () => stop('SIGTERM'))
const started = performance.now()
try {
  await run('seed.mjs', ['--enterprises', '10000', '--appeals', '50000', '--notices', '1000'])
  await run('load.bench.mjs')
  console.log(`bench:ci done in ${((performance.now() - started) / 1000).toFixed(0)} s (ratios printed, not judged)`)
} catch (e) {
  console.error(`bench:ci: ${e.message}`)
  process.exitCode = 1
} finally {
  await rm(tmp, { recursive: true, force: true })
}
