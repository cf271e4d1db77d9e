import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SsoUnavailableError, type AuthAdapter, type AuthUser } from './adapter'
import { useAuthStore } from './store'

const user: AuthUser = {
  subject: 's',
  username: 'enterprise-a',
  name: 'enterprise-a',
  roles: ['enterprise'],
  enterpriseUscc: null,
  bureau: null,
  association: null,
}

function fakeAdapter(init: () => Promise<AuthUser | null>): AuthAdapter & { emit: (u: AuthUser | null) => void } {
  let listener: (u: AuthUser | null) => void = () => undefined
  return {
    init,
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    getToken: vi.fn(async () => 'token'),
    onChange: (l) => {
      listener = l
    },
    emit: (u) => listener(u),
  }
}

describe('useAuthStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is authenticated with the user and their roles after a successful init', async () => {
    const auth = useAuthStore()
    expect(auth.status).toBe('initializing')
    await auth.start(fakeAdapter(async () => user))
    expect(auth.status).toBe('authenticated')
    expect(auth.viewer).toEqual({ authenticated: true, roles: ['enterprise'] })
    await expect(auth.getToken()).resolves.toBe('token')
  })

  it('is anonymous when nobody is signed in', async () => {
    const auth = useAuthStore()
    await auth.start(fakeAdapter(async () => null))
    expect(auth.status).toBe('anonymous')
    expect(auth.viewer).toEqual({ authenticated: false, roles: [] })
  })

  it('is unavailable, keeping the reason, when SSO cannot be reached', async () => {
    const auth = useAuthStore()
    await auth.start(
      fakeAdapter(async () => {
        throw new SsoUnavailableError('http://sso.test')
      }),
    )
    expect(auth.status).toBe('unavailable')
    expect(auth.problem).toBeInstanceOf(SsoUnavailableError)
  })

  it('follows session changes after init (e.g. the refresh token expired)', async () => {
    const auth = useAuthStore()
    const adapter = fakeAdapter(async () => user)
    await auth.start(adapter)
    adapter.emit(null)
    expect(auth.status).toBe('anonymous')
    expect(auth.user).toBeNull()
  })
})

describe('useAuthStore.ready', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('resolves only once init has settled', async () => {
    const auth = useAuthStore()
    let finish: (u: AuthUser | null) => void = () => undefined
    void auth.start(fakeAdapter(() => new Promise((resolve) => (finish = resolve))))
    let settled = false
    const waiting = auth.ready().then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    finish(user)
    await waiting
    expect(auth.status).toBe('authenticated')
  })
})
