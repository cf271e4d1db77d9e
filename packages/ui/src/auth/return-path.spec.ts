import { beforeEach, describe, expect, it } from 'vitest'
import { isSsoCallback, pageAfterSignIn, rememberLandingPage, rememberReturnTo } from './return-path'

/** A page load: remembers the page unless it is the SSO's callback (as the bootstrap does). */
function open(pathname: string, search = '', callback = false) {
  if (!callback) rememberLandingPage({ pathname, search })
}
const atRoot = { callback: true, authenticated: true, current: '/' }

describe('return path across the sign-in round trip', () => {
  beforeEach(() => sessionStorage.clear())

  it('comes back to the filtered list the user reloaded, once', () => {
    open('/enterprises', '?key=key&page=2')
    expect(pageAfterSignIn(atRoot)).toBe('/enterprises?key=key&page=2')
    expect(pageAfterSignIn(atRoot)).toBeNull()
  })

  it('forgets an old path when the root is opened', () => {
    open('/enterprises')
    open('/')
    expect(pageAfterSignIn(atRoot)).toBeNull()
  })

  it('never returns to another origin', () => {
    sessionStorage.setItem('servicepack.landing', '//evil.example/x')
    expect(pageAfterSignIn(atRoot)).toBeNull()
    rememberReturnTo('https://evil.example/x')
    expect(pageAfterSignIn(atRoot)).toBeNull()
  })

  it.each([
    ['#state=abc&code=xyz', true],
    ['#error=login_required&state=abc', true],
    ['', false],
    ['#section', false],
  ])('%j is a callback: %s', (hash, expected) => {
    expect(isSsoCallback(hash)).toBe(expected)
  })
})

describe('web: explicit sign-in versus the session check', () => {
  beforeEach(() => sessionStorage.clear())
  const enterprise = { callback: true, authenticated: true, home: '/package', current: '/' }

  it('lands an enterprise that clicked 登录 on the start page on its service pack', () => {
    open('/')
    // the page's own session check: no round trip, the user is anonymous
    expect(pageAfterSignIn({ callback: false, authenticated: false, current: '/' })).toBeNull()
    // 登录 → the SSO → back at the root with a code
    expect(pageAfterSignIn(enterprise)).toBe('/package')
  })

  it('keeps a signed-in enterprise on the page it opened when the session check went through the SSO', () => {
    open('/profile')
    expect(pageAfterSignIn(enterprise)).toBe('/profile')
  })

  it('keeps a signed-in enterprise on the start page it opened (no jump to the service pack)', () => {
    open('/')
    expect(pageAfterSignIn(enterprise)).toBeNull()
  })

  it('stays on a page opened with a silent session check (no round trip)', () => {
    open('/profile')
    expect(pageAfterSignIn({ callback: false, authenticated: true, home: '/package', current: '/profile' })).toBeNull()
    // the landing page is forgotten: a later sign-in from the start page still leads home
    expect(pageAfterSignIn(enterprise)).toBe('/package')
  })

  it('goes to the page that asked for the sign-in before anything else', () => {
    open('/')
    pageAfterSignIn({ callback: false, authenticated: false, current: '/' })
    rememberReturnTo('/appeals')
    expect(pageAfterSignIn(enterprise)).toBe('/appeals')
  })

  it('keeps the asked-for page while the sign-in did not succeed', () => {
    rememberReturnTo('/appeals')
    expect(pageAfterSignIn({ callback: true, authenticated: false, current: '/' })).toBeNull()
    expect(pageAfterSignIn(enterprise)).toBe('/appeals')
  })
})
