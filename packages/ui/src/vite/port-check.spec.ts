// @vitest-environment node
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { busyPortMessage, isPortBusy } from './index.js'

const servers: net.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

function listen(host: string): Promise<number> {
  const server = net.createServer()
  servers.push(server)
  return new Promise((resolve) => server.listen(0, host, () => resolve((server.address() as net.AddressInfo).port)))
}

describe('dev server port check', () => {
  it('finds a port in use on 127.0.0.1 busy', async () => {
    const port = await listen('127.0.0.1')
    expect(await isPortBusy(port)).toBe(true)
  })

  it('finds a port in use on localhost busy', async () => {
    const port = await listen('localhost')
    expect(await isPortBusy(port)).toBe(true)
  })

  it('finds a port nobody listens on free, and leaves it free', async () => {
    const port = await listen('127.0.0.1')
    await new Promise((resolve) => servers.pop()!.close(resolve))
    expect(await isPortBusy(port)).toBe(false)
    expect(await isPortBusy(port)).toBe(false)
  })

  it('says so in one line, naming the app and the port', () => {
    const message = busyPortMessage('web', 5173)
    expect(message).toBe('web: port 5173 is busy — stop what uses it (another pnpm dev?) and run again.')
    expect(message).not.toContain('\n')
  })
})
