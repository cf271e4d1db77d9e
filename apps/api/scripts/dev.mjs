// `pnpm dev` for the API: one embedded PostgreSQL for the whole session (unless DATABASE_URL is set),
// the TypeScript compiler in watch mode, and the API restarted by node --watch on every rebuild.
// Ctrl-C (SIGINT) or SIGTERM stops all of it, PostgreSQL included.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsc = path.join(root, 'node_modules/.bin/tsc')

// tsc --watch does the first full build; the API starts once it reports "Watching for file changes".
const watcher = spawn(tsc, ['-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise((resolve) => {
  let firstBuild = true
  watcher.stdout.on('data', (chunk) => {
    const text = chunk.toString()
    if (/error TS/.test(text)) process.stdout.write(text)
    if (firstBuild && /Watching for file changes/.test(text)) {
      firstBuild = false
      if (/Found [1-9]\d* error/.test(text)) console.error('servicepack-api: the TypeScript build has errors (above); the API starts anyway from the last good output.')
      resolve()
    }
  })
})

const { loadEnv, EnvError } = await import('../dist/config/env.js')
const { resolveDatabase } = await import('../dist/database/database-url.js')
const { StartupError } = await import('../dist/database/embedded.js')

let env, db
try {
  env = loadEnv()
  db = await resolveDatabase(env)
} catch (e) {
  watcher.kill('SIGTERM')
  if (e instanceof EnvError || e instanceof StartupError) console.error(`servicepack-api: ${e.message}`)
  else console.error(e)
  process.exit(1)
}
if (db.embedded) console.log(`Embedded PostgreSQL on 127.0.0.1:${db.embedded.port} (data kept in ${env.PGDATA_DIR ?? '.data/postgres'})`)

// A local mail catcher (maildev): the API mails notification copies to it; read them at http://localhost:1080.
// SMTP_URL set by the developer wins (then no catcher is started).
const mailCatcher = process.env.SMTP_URL
  ? null
  : spawn(path.join(root, 'node_modules/.bin/maildev'), ['--smtp', '1025', '--ip', '127.0.0.1', '--web', '1080', '--web-ip', '127.0.0.1', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
if (mailCatcher) console.log('Mail catcher (maildev): SMTP 127.0.0.1:1025, mails at http://localhost:1080')

const childEnv = { ...process.env, DATABASE_URL: db.url, SMTP_URL: process.env.SMTP_URL || 'smtp://127.0.0.1:1025' }
const children = [
  watcher,
  spawn(process.execPath, ['--watch-path=dist', '--enable-source-maps', 'dist/main.js'], { cwd: root, stdio: 'inherit', env: childEnv }),
  ...(mailCatcher ? [mailCatcher] : []),
]

let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  await db.embedded?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
children[1].on('exit', (code) => {
  if (!stopping && code !== 0 && code !== null) console.error('servicepack-api: the API exited; it restarts on the next change.')
})
