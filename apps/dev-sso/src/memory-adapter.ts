import type { Adapter, AdapterPayload } from 'oidc-provider'

interface Entry {
  payload: AdapterPayload
  expiresAt: number | undefined
}

/**
 * oidc-provider storage kept in this process only (sessions, codes, grants, refresh tokens).
 * One store per server instance, no size cap (oidc-provider's own memory adapter evicts after 1000
 * entries, which a test suite minting many tokens can hit), expired entries dropped on access and by
 * a periodic sweep. A restart signs everybody out, which is fine for development.
 */
export class MemoryStore {
  private readonly entries = new Map<string, Entry>()
  private readonly timer: NodeJS.Timeout

  constructor(sweepMs = 60_000) {
    this.timer = setInterval(() => this.sweep(), sweepMs)
    this.timer.unref()
  }

  adapterFor = (model: string): Adapter => new MemoryAdapter(model, this)

  get(key: string): AdapterPayload | undefined {
    const e = this.entries.get(key)
    if (!e) return undefined
    if (e.expiresAt !== undefined && e.expiresAt <= Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return e.payload
  }

  set(key: string, payload: AdapterPayload, expiresIn: number | undefined): void {
    this.entries.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined })
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  sweep(): void {
    const now = Date.now()
    for (const [k, e] of this.entries) if (e.expiresAt !== undefined && e.expiresAt <= now) this.entries.delete(k)
  }

  close(): void {
    clearInterval(this.timer)
    this.entries.clear()
  }
}

const grantable = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest'])

class MemoryAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly store: MemoryStore,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const key = this.key(id)
    if (this.model === 'Session' && payload.uid) this.store.set(`sessionUid:${payload.uid}`, { jti: id }, expiresIn)
    if (grantable.has(this.model) && payload.grantId) {
      const gk = `grant:${payload.grantId}`
      const list = (this.store.get(gk)?.keys as string[] | undefined) ?? []
      this.store.set(gk, { keys: [...list, key] }, undefined)
    }
    if (payload.userCode) this.store.set(`userCode:${payload.userCode}`, { jti: id }, expiresIn)
    this.store.set(key, payload, expiresIn)
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.store.get(this.key(id))
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const ref = this.store.get(`userCode:${userCode}`)
    return ref?.jti ? this.find(ref.jti) : undefined
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const ref = this.store.get(`sessionUid:${uid}`)
    return ref?.jti ? this.find(ref.jti) : undefined
  }

  async consume(id: string): Promise<void> {
    const p = this.store.get(this.key(id))
    if (p) p.consumed = Math.floor(Date.now() / 1000)
  }

  async destroy(id: string): Promise<void> {
    this.store.delete(this.key(id))
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    const gk = `grant:${grantId}`
    for (const k of (this.store.get(gk)?.keys as string[] | undefined) ?? []) this.store.delete(k)
    this.store.delete(gk)
  }
}
