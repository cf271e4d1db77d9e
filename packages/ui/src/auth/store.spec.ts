import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SsoUnavailableError, type AuthAdapter, type AuthUser, type SessionEnd } from './adapter'
import { stashDraft, takeDraft } from './draft-stash'
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

function fakeAdapter(init: () => Promise<AuthUser | null>): AuthAdapter & { emit: (u: AuthUser | null, ended?: SessionEnd) => void } {
  let listener: (u: AuthUser | null, ended?: SessionEnd) => void = () => undefined
  return {
    init,
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    getToken: vi.fn(async () => 'token'),
    onChange: (l) => {
      listener = l
    },
    emit: (u, ended) => listener(u, ended),
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

describe('a session that ends under the user', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
  })

  it('says why it ended (expired, or signed out in another tab) until the user signs in again', async () => {
    const auth = useAuthStore()
    const adapter = fakeAdapter(async () => user)
    await auth.start(adapter)
    expect(auth.sessionEnd).toBeNull()
    adapter.emit(null, 'expired')
    expect(auth).toMatchObject({ status: 'anonymous', sessionEnd: 'expired' })
    adapter.emit(user)
    expect(auth.sessionEnd).toBeNull()
    adapter.emit(null, 'signed-out-elsewhere')
    expect(auth.sessionEnd).toBe('signed-out-elsewhere')
  })

  it('says nothing for a visitor who never signed in', async () => {
    const auth = useAuthStore()
    const adapter = fakeAdapter(async () => null)
    await auth.start(adapter)
    adapter.emit(null, 'expired')
    expect(auth.sessionEnd).toBeNull()
  })

  it('signs in again back to the page, letting pages keep their drafts first', async () => {
    const auth = useAuthStore()
    const adapter = fakeAdapter(async () => user)
    await auth.start(adapter)
    const keep = vi.fn()
    const stop = auth.onBeforeSignIn(keep)
    await auth.signInAgain('/profile?field=revenue')
    expect(keep).toHaveBeenCalledTimes(1)
    expect(adapter.login).toHaveBeenCalled()
    expect(sessionStorage.getItem('servicepack.returnTo')).toBe('/profile?field=revenue')
    stop()
    await auth.login()
    expect(keep).toHaveBeenCalledTimes(1)
  })
})

describe('draft stash', () => {
  beforeEach(() => sessionStorage.clear())

  it('gives a draft back once, to the user who typed it only', () => {
    stashDraft('profile', { subject: 'u-1', draft: { revenue: 5 }, retry: true })
    expect(takeDraft('profile', 'u-1')).toEqual({ subject: 'u-1', draft: { revenue: 5 }, retry: true })
    expect(takeDraft('profile', 'u-1')).toBeNull()
    stashDraft('profile', { subject: 'u-1', draft: { revenue: 5 }, retry: false })
    expect(takeDraft('profile', 'someone-else')).toBeNull()
    expect(takeDraft('profile', 'u-1')).toBeNull()
  })

  it('survives nonsense in storage', () => {
    sessionStorage.setItem('servicepack.draft.profile', '{not json')
    expect(takeDraft('profile', 'u-1')).toBeNull()
  })
})
