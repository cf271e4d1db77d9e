import { beforeEach, describe, expect, it } from 'vitest'
import { isSsoCallback, rememberReturnPath, takeReturnPath } from './return-path'

describe('return path across the sign-in round trip', () => {
  beforeEach(() => sessionStorage.clear())

  it('comes back to the filtered list the user reloaded, once', () => {
    rememberReturnPath({ pathname: '/enterprises', search: '?key=key&page=2' })
    expect(takeReturnPath()).toBe('/enterprises?key=key&page=2')
    expect(takeReturnPath()).toBeNull()
  })

  it('forgets an old path when the root is opened', () => {
    rememberReturnPath({ pathname: '/enterprises', search: '' })
    rememberReturnPath({ pathname: '/', search: '' })
    expect(takeReturnPath()).toBeNull()
  })

  it('never returns to another origin', () => {
    sessionStorage.setItem('servicepack.admin.returnTo', '//evil.example/x')
    expect(takeReturnPath()).toBeNull()
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
