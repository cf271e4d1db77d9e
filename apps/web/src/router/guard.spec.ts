import { SsoUnavailableError } from '@servicepack/ui/auth'
import { describe, expect, it } from 'vitest'
import { appContext, healthyBody, json, userWith } from '../testing/setup'

describe('web route guard', () => {
  it('sends an anonymous visitor of a protected page to the sign-in page', async () => {
    const { router, adapter } = await appContext({ fetch: json(200, healthyBody) })
    await router.push('/package')
    expect(adapter.login).toHaveBeenCalled()
    expect(router.currentRoute.value.path).toBe('/')
  })

  it('lets an enterprise open its service pack', async () => {
    const { router } = await appContext({ fetch: json(200, healthyBody), session: userWith('enterprise') })
    await router.push('/package')
    expect(router.currentRoute.value.path).toBe('/package')
  })

  it('refuses a coordinator the enterprise pages', async () => {
    const { router } = await appContext({ fetch: json(200, healthyBody), session: userWith('coordinator') })
    await router.push('/appeals')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('keeps visitors on public pages when single sign-on is down', async () => {
    const { router } = await appContext({ fetch: json(200, healthyBody), session: new SsoUnavailableError('x') })
    await router.push('/account')
    expect(router.currentRoute.value.name).toBe('home')
  })
})
