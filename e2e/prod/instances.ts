import { createHash, randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { API, BACK_OFFICE, check, fail, log, PORTAL, token } from './topology.js'

/**
 * prod-smoke steps b and c (the HTTP half): the two API instances behave as one.
 * - An attachment uploaded through 127.0.0.1:3001 downloads, byte for byte, through 127.0.0.1:3002
 *   (object storage, not an instance's disk).
 * - Anonymous requests alternating between the instances share one budget (RATE_LIMIT_STORE=postgres):
 *   429 answers come from both. They claim a client address in X-Forwarded-For, which the API believes
 *   from one hop (TRUST_PROXY=1: here the smoke stands where nginx would).
 * - The security headers are on every kind of response of both apps: the shell, a hashed asset, a 404,
 *   /api/health (proxied) — and the asset is immutable, the shell never cached.
 */
const STEP = process.argv[2] ?? 'instances'

function crc32(buf: Buffer): number {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}
/** A real PNG (the API checks content, not names): 64×64 of random grey, so its hash is this run's. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(td))
    return Buffer.concat([len, td, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(64, 0)
  ihdr.writeUInt32BE(64, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  const rows = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([Buffer.from([0]), randomBytes(64)])))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

async function attachments(): Promise<void> {
  const auth = { authorization: `Bearer ${await token('enterprise-a')}` }
  const created = await fetch(`${API[0]}/api/appeals`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ categoryCode: 'land', title: '附件跨实例', description: '经 3001 上传，经 3002 下载' }),
  })
  if (created.status !== 201) fail(STEP, `appeal for the attachment: ${created.status} ${await created.text()}`)
  const appeal = (await created.json()) as { id: string }
  const bytes = png()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), '现场照片.png')
  const up = await fetch(`${API[0]}/api/appeals/${appeal.id}/attachments`, { method: 'POST', headers: auth, body: form })
  if (up.status !== 201) fail(STEP, `upload through ${API[0]}: ${up.status} ${await up.text()}`)
  const att = (await up.json()) as { id: string }
  const down = await fetch(`${API[1]}/api/appeals/${appeal.id}/attachments/${att.id}`, { headers: auth })
  const got = Buffer.from(await down.arrayBuffer())
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 16)
  check(STEP, down.status === 200 && sha(got) === sha(bytes), `an attachment uploaded through ${API[0]} downloads through ${API[1]} (${bytes.length} bytes, sha256 ${sha(bytes)}…, got ${down.status} ${got.length} bytes ${sha(got)}…)`)
}

async function limits(): Promise<void> {
  const limit = Number(process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? 120)
  const client = `203.0.113.${1 + Math.floor(Math.random() * 250)}`
  const statuses: { instance: number; status: number }[] = []
  for (let i = 0; i < limit + 10; i++) {
    const instance = i % 2
    const res = await fetch(`${API[instance]}/api/measures/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ facts: {} }),
    })
    await res.arrayBuffer()
    statuses.push({ instance, status: res.status })
  }
  const ok = statuses.filter((s) => s.status === 200).length
  const limited = statuses.filter((s) => s.status === 429)
  const from = new Set(limited.map((s) => s.instance))
  check(STEP, ok === limit && limited.length === 10 && from.size === 2,
    `anonymous limit ${limit}/min for client ${client}, alternating 3001/3002: ${ok} answered, ${limited.length} × 429 (from ${[...from].map((i) => API[i]).join(' and ')})`)
  const evaluate = (base: string, forwardedFor: string) =>
    fetch(`${base}/api/measures/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ facts: {} }) }).then(async (r) => {
      await r.arrayBuffer()
      return r.status
    })
  // TRUST_PROXY=1: the instance takes the client from the one hop in front of it…
  const other = await evaluate(API[0], '198.51.100.7')
  // …so through nginx, which appends the address it saw, a client cannot claim the limited address.
  const spoofed = await evaluate(PORTAL, client)
  check(STEP, other === 200 && spoofed === 200, `the API believes exactly one hop: another client's address answers ${other}; ${client} claimed through nginx (which appends the real peer) answers ${spoofed}`)
}

const REQUIRED = {
  'content-security-policy': (v: string) => /script-src 'self'(;|$)/.test(v) && !/script-src[^;]*unsafe-inline/.test(v) && /frame-ancestors 'none'/.test(v),
  'x-content-type-options': (v: string) => v === 'nosniff',
  'referrer-policy': (v: string) => v === 'strict-origin-when-cross-origin',
}

async function headers(): Promise<void> {
  for (const origin of [PORTAL, BACK_OFFICE]) {
    const shell = await fetch(`${origin}/`)
    const html = await shell.text()
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
    if (!asset) fail(STEP, `${origin}/ names no hashed script`)
    check(STEP, !/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), `${origin}/ has no inline script`)
    const cases: [string, number, RegExp | null][] = [
      ['/', 200, /no-store/],
      ['/appeals', 200, /no-store/], // the SPA fallback
      [asset, 200, /^public, max-age=31536000, immutable$/],
      ['/assets/missing-0000.js', 404, /no-store/],
      ['/api/health', 200, null],
      ['/api/no-such-route', 404, null],
    ]
    for (const [path, status, cache] of cases) {
      const res = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } })
      await res.arrayBuffer()
      const bad = Object.entries(REQUIRED).filter(([h, ok]) => !ok(res.headers.get(h) ?? '')).map(([h]) => h)
      if (res.status !== status) fail(STEP, `${origin}${path}: ${res.status}, expected ${status}`)
      if (bad.length) fail(STEP, `${origin}${path}: missing or wrong ${bad.join(', ')}`)
      if (cache && !cache.test(res.headers.get('cache-control') ?? '')) fail(STEP, `${origin}${path}: Cache-Control ${res.headers.get('cache-control')}`)
    }
    const gz = await fetch(origin + asset, { headers: { 'accept-encoding': 'gzip' } })
    await gz.arrayBuffer()
    check(STEP, true, `${origin}: CSP, nosniff and Referrer-Policy on the shell, the SPA fallback, an asset (immutable), a 404, /api/health and an API 404${gz.headers.get('content-encoding') === 'gzip' ? '' : ' (NOTE: asset not gzipped)'}`)
  }
  const silent = await fetch(`${PORTAL}/silent-check-sso.html`)
  await silent.arrayBuffer()
  check(STEP, /frame-ancestors 'self'/.test(silent.headers.get('content-security-policy') ?? ''), `silent-check-sso.html may be framed by its own origin only (frame-ancestors 'self')`)
}

const steps: Record<string, () => Promise<void>> = { attachments, limits, headers }
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(steps)
;(async () => {
  for (const name of chosen) {
    const step = steps[name]
    if (!step) fail('instances', `no step ${name}`)
    log(name, 'start')
    await step()
  }
})().catch((e: unknown) => fail(STEP, e instanceof Error ? e.stack ?? e.message : String(e)))
