import { z } from 'zod'

/** What Fastify's `trustProxy` gets: nothing trusted, a number of hops, or the proxies' addresses. */
export type TrustProxy = false | number | string

const address = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(['loopback', 'linklocal', 'uniquelocal'])])

export const TRUST_PROXY_MESSAGE =
  'must be false, a number of proxy hops (1 behind one nginx), or the proxies\' addresses (comma-separated IPs/CIDRs, e.g. 127.0.0.1)'

/**
 * `TRUST_PROXY` exactly: whom the API believes about the client's address (X-Forwarded-For), which the
 * per-IP rate limits and the logs use.
 * - `false` / `0` (default): no one; the address is the socket's peer.
 * - a whole number N ≥ 1: the N nearest hops are proxies (`1` behind one nginx): the client is the
 *   N-th address from the right of X-Forwarded-For, whatever the client wrote to the left of it.
 * - addresses (`127.0.0.1`, `10.0.0.0/8`, `loopback`, comma-separated): hops from those are proxies.
 * `true` (trust every hop) is refused: any client could then choose its address and its limits.
 */
export function parseTrustProxy(raw: string): TrustProxy | undefined {
  const value = raw.trim()
  if (value === 'false' || value === '0') return false
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return hops >= 1 && hops <= 10 ? hops : undefined
  }
  const parts = value.split(',').map((s) => s.trim())
  if (parts.length === 0 || parts.some((p) => !address.safeParse(p).success)) return undefined
  return parts.join(',')
}

export const trustProxy = z.string().transform((raw, ctx): TrustProxy => {
  const parsed = parseTrustProxy(raw)
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: TRUST_PROXY_MESSAGE })
    return z.NEVER
  }
  return parsed
})

/**
 * The value for Fastify's `trustProxy` (whose Nest adapter types take no number): a hop count becomes
 * the function proxy-addr would make of it — the `n` nearest hops are trusted.
 */
export function fastifyTrustProxy(value: TrustProxy): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value
}
