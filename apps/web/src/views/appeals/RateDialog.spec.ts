import { appealFixture } from '@servicepack/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { appContext, fakeApi, reply, userWith } from '../../testing/setup'
import RateDialog from './RateDialog.vue'

const ID = appealFixture().id
const path = `/api/appeals/${ID}/rate`

async function openDialog(handler: Parameters<typeof fakeApi>[0][string], locale?: 'en') {
  const api = fakeApi({ [`POST ${path}`]: handler })
  const context = await appContext({ fetch: api.fetch, session: userWith('enterprise'), locale })
  const wrapper = mount(RateDialog, { props: { appealId: ID, modelValue: true, 'onUpdate:modelValue': (v: boolean) => wrapper.setProps({ modelValue: v }) }, global: context.global, attachTo: document.body })
  await flushPromises()
  const $ = (selector: string) => document.querySelector<HTMLElement>(`[data-test="rate-dialog"] ${selector}`)
  const choose = async (selector: string) => {
    $(`${selector} input`)!.click()
    await flushPromises()
  }
  const send = async () => {
    $('[data-test="rate-submit"]')!.click()
    await flushPromises()
  }
  return { wrapper, api, $, choose, send }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('rate dialog', () => {
  it('asks for both answers before sending', async () => {
    const { api, $, choose, send } = await openDialog(() => reply(200, appealFixture({ status: 'closed' })))
    await send()
    expect($('[data-test="rate-problem"]')!.textContent).toBe('请选择问题是否解决和满意度')
    await choose('[data-test="resolved-yes"]')
    await send()
    expect(api.calls).toHaveLength(0)
  })

  it('sends 解决 + 满意 with the comment and hands back the closed appeal', async () => {
    const closed = appealFixture({ status: 'closed', rating: 'satisfied', resolved: true })
    const { wrapper, api, $, choose, send } = await openDialog(() => reply(200, closed))
    await choose('[data-test="resolved-yes"]')
    await choose('[data-test="rating-satisfied"]')
    expect($('[data-test="unsatisfied-hint"]')).toBeNull()
    const comment = $('[data-test="rate-comment"]') as HTMLTextAreaElement
    comment.value = '  答复及时  '
    comment.dispatchEvent(new Event('input'))
    await send()
    expect(api.calls).toEqual([{ method: 'POST', path, body: { resolved: true, rating: 'satisfied', comment: '答复及时' } }])
    expect(wrapper.emitted('rated')).toEqual([[closed]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  })

  it('says the rules before choosing: which ratings reopen, which close, and where a reason is required', async () => {
    const { $ } = await openDialog(() => reply(200, appealFixture()))
    const rules = $('[data-test="rate-rules"]')!.textContent!
    expect(rules).toContain('选择“不满意”：诉求退回责任单位重新办理（新的答复时限），须填写不满意原因')
    expect(rules).toContain('选择“满意”或“基本满意”：诉求办结')
    expect($('[data-test="rate-comment-label"]')!.textContent).toBe('意见建议（选填）')
    expect($('[data-test="rate-comment"]')!.getAttribute('placeholder')).not.toContain('原因')
  })

  it('不满意 sends the appeal back for re-handling and requires the reason (the field says 必填, not 选填)', async () => {
    const { api, $, choose, send } = await openDialog(() => reply(200, appealFixture({ status: 'in_progress', reopenCount: 1 })))
    await choose('[data-test="resolved-no"]')
    await choose('[data-test="rating-unsatisfied"]')
    expect($('[data-test="unsatisfied-hint"]')!.textContent).toContain('诉求将退回责任单位重新办理')
    expect($('[data-test="rate-comment-label"]')!.textContent).toBe('不满意原因（必填）')
    await send()
    expect($('[data-test="rate-problem"]')!.textContent).toBe('请填写不满意原因，责任单位将据此重新办理')
    expect(api.calls).toHaveLength(0)
    const comment = $('[data-test="rate-comment"]') as HTMLTextAreaElement
    comment.value = '没有说明需要哪些备案材料'
    comment.dispatchEvent(new Event('input'))
    await flushPromises()
    expect($('[data-test="rate-problem"]')).toBeNull() // the message goes with the fix
    await send()
    expect(api.calls[0]!.body).toEqual({ resolved: false, rating: 'unsatisfied', comment: '没有说明需要哪些备案材料' })
  })

  it('on 409 (the appeal moved meanwhile) closes and asks the page to reload', async () => {
    const { wrapper, choose, send } = await openDialog(() =>
      reply(409, { statusCode: 409, error: 'Conflict', code: 'INVALID_TRANSITION', message: 'Cannot rate an appeal that is closed', correlationId: 'c' }),
    )
    await choose('[data-test="resolved-yes"]')
    await choose('[data-test="rating-basically_satisfied"]')
    await send()
    expect(wrapper.emitted('conflict')).toHaveLength(1)
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  })

  it('says another failure by its code, in English too', async () => {
    const { $, choose, send } = await openDialog(() => Promise.reject(new TypeError('Failed to fetch')), 'en')
    await choose('[data-test="resolved-yes"]')
    await choose('[data-test="rating-satisfied"]')
    await send()
    expect($('[data-test="rate-problem"]')!.textContent).toBe('Could not send the rating: Cannot reach the server. Check your network connection and try again.')
  })
})
