import { startDevSso, type DevSso } from './server.js'

const raw = process.env.DEV_SSO_PORT ?? '8180'
const port = Number(raw)
if (!/^\d+$/.test(raw) || port > 65535) {
  console.error(`dev-sso: DEV_SSO_PORT must be a port number, got "${raw}"`)
  process.exit(1)
}

let sso: DevSso | undefined
let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  const code = signal === 'SIGINT' ? 130 : 143
  setTimeout(() => process.exit(1), 3000).unref()
  void (sso ? sso.close() : Promise.resolve()).then(
    () => process.exit(code),
    () => process.exit(1),
  )
}
// Registered before the "ready" line, so a signal right after it is always handled.
process.once('SIGINT', stop)
process.once('SIGTERM', stop)

try {
  sso = await startDevSso({ port, host: process.env.DEV_SSO_HOST || undefined })
  console.log(`dev-sso: realm ready at ${sso.issuer} (demo users, password "demo"; Ctrl+C to stop)`)
} catch (err) {
  const e = err as NodeJS.ErrnoException
  if (e.code === 'EADDRINUSE') {
    console.error(
      `dev-sso: port ${port} is already in use — is another dev-sso (or Keycloak) already running? Stop it, or start this one with DEV_SSO_PORT=<free port> (the apps expect 8180).`,
    )
  } else if (e.code === 'EACCES') {
    console.error(`dev-sso: not allowed to listen on port ${port}; choose another with DEV_SSO_PORT.`)
  } else {
    console.error(`dev-sso: ${e.message}`)
  }
  process.exit(1)
}
