import { startDevSso } from './server.js'

const raw = process.env.DEV_SSO_PORT ?? '8180'
const port = Number(raw)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dev-sso: DEV_SSO_PORT must be a port number, got "${raw}"`)
  process.exit(1)
}

try {
  const sso = await startDevSso({ port, host: process.env.DEV_SSO_HOST || undefined })
  console.log(`dev-sso: realm ready at ${sso.issuer} (demo users, password "demo"; Ctrl+C to stop)`)
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    sso.close().then(
      () => process.exit(signal === 'SIGINT' ? 130 : 143),
      () => process.exit(1),
    )
    setTimeout(() => process.exit(1), 3000).unref()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (err) {
  const e = err as NodeJS.ErrnoException
  if (e.code === 'EADDRINUSE') {
    console.error(
      `dev-sso: port ${port} is already in use — is another dev-sso (or Keycloak) running? Stop it, or start this one with DEV_SSO_PORT=<free port> (the apps expect ${8180}).`,
    )
  } else if (e.code === 'EACCES') {
    console.error(`dev-sso: not allowed to listen on port ${port}; choose another with DEV_SSO_PORT.`)
  } else {
    console.error(`dev-sso: ${e.message}`)
  }
  process.exit(1)
}
