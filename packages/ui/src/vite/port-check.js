// Plain JavaScript: Vite loads the apps' vite.config.ts with Node, which imports this package as is.
import net from 'node:net'

/**
 * True when something already listens on `port` at `host` (other errors, e.g. no IPv6, say nothing).
 * @param {number} port
 * @param {string} host
 * @returns {Promise<boolean>}
 */
function isBusyOn(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', (error) => resolve(error.code === 'EADDRINUSE'))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)))
  })
}

/** True when the port is taken on either loopback address (`localhost` may be either). */
export async function isPortBusy(port, hosts = ['127.0.0.1', '::1']) {
  const busy = await Promise.all(hosts.map((host) => isBusyOn(port, host)))
  return busy.some(Boolean)
}

/** The one line the dev server prints instead of Vite's error and stack trace. */
export function busyPortMessage(app, port) {
  return `${app}: port ${port} is busy — stop what uses it (another pnpm dev?) and run again.`
}
