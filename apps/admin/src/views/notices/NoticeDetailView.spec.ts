import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeApi } from '../../testing/fake-api'
import { NOTICE_ID, noticeOf, registrations } from '../../testing/notices'
import { appContext, userWith } from '../../testing/setup'
import NoticeDetailView from './NoticeDetailView.vue'

const base = `/api/notices/${NOTICE_ID}`

async function mountDetail(handlers: Parameters<typeof fakeApi>[0], roles: Parameters<typeof userWith> = ['association'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const api = fakeApi(handlers)
  const context = await appContext({ fetch: api.fetch, session: { ...userWith(...roles), association: 'sh-ic-association' }, locale })
  await context.router.push(`/notices/${NOTICE_ID}`)
  const wrapper = mount(NoticeDetailView, { props: { id: NOTICE_ID }, global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('a notice in the admin app', () => {
  it('shows the body the API rendered (script stays text), the facts and exactly the allowed actions', async () => {
    const { wrapper } = await mountDetail({ [`GET ${base}`]: { body: noticeOf() } })
    expect(wrapper.find('[data-test="notice-body"] h2').text()).toBe('议程')
    expect(wrapper.find('[data-test="notice-body"] script').exists()).toBe(false)
    expect(wrapper.find('[data-test="notice-body"]').text()).toContain('<script>')
    expect(wrapper.text()).toContain('2026-12-17 09:00')
    expect(wrapper.find('[data-test="notice-audience"]').text()).toContain('集成电路')
    expect(wrapper.find('[data-test="notice-publish"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="notice-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="registrations"]').exists()).toBe(false) // a draft has none
  })

  it('asks before publishing, with the number of enterprises it will reach, then says how many were told', async () => {
    const { wrapper, api } = await mountDetail({
      [`GET ${base}`]: { body: noticeOf() },
      'POST /api/notices/audience-preview': { body: { count: 3, outside: { association: 'sh-ic-association', ownIndustries: ['integrated-circuits'], count: 0, byIndustry: [] }, sample: [], asOf: '2026-12-17', tookMs: 4 } },
      [`POST ${base}/publish`]: { body: noticeOf({ status: 'published', targetedCount: 3, allowedActions: ['edit', 'cancel', 'view_registrations', 'view_coverage'] }) },
      [`GET ${base}/registrations`]: { body: { items: [], registered: 0, waitlisted: 0, seatsTaken: 0, capacity: 2 } },
    })
    await wrapper.find('[data-test="notice-publish"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('通知范围内的 3 家企业将收到站内通知')
    ;(document.querySelector('[data-test="publish-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(api.calls.find((c) => c.path === `${base}/publish`)?.method).toBe('POST')
    expect(api.calls.find((c) => c.path === '/api/notices/audience-preview')?.body).toMatchObject({ audience: { industries: ['integrated-circuits'] }, startsAt: '2026-12-17T01:00:00.000Z' })
    expect(wrapper.find('[data-test="flash"]').text()).toContain('已发布，通知已送达 3 家企业')
    expect(wrapper.find('[data-test="notice-publish"]').exists()).toBe(false)
  })

  it('when the audience reaches beyond the association’s industries, the confirmation says how many, by industry', async () => {
    const outside = { association: 'sh-ic-association', ownIndustries: ['integrated-circuits'], count: 189, byIndustry: [{ industry: 'biomedicine', count: 120 }, { industry: 'artificial-intelligence', count: 66 }, { industry: null, count: 3 }] }
    await mountDetail({
      [`GET ${base}`]: { body: noticeOf({ audience: { industries: [], districts: ['pudong'], keyEnterprise: null, outputValueMin: null, outputValueMax: null, measureId: null } }) },
      'POST /api/notices/audience-preview': { body: { count: 212, outside, sample: [], asOf: '2026-12-17', tookMs: 4 } },
    })
    ;(document.querySelector('[data-test="notice-publish"]') as HTMLButtonElement).click()
    await flushPromises()
    const alert = document.querySelector('[data-test="publish-outside"]')!
    expect(alert.textContent).toContain('其中 189 家不属于本协会行业')
    expect([...document.querySelectorAll('[data-test="publish-outside-industry"]')].map((e) => e.textContent)).toEqual(['生物医药 120 家', '人工智能 66 家', '未填写行业 3 家'])
  })

  it('an audience within the association’s industries shows no such warning', async () => {
    await mountDetail({
      [`GET ${base}`]: { body: noticeOf() },
      'POST /api/notices/audience-preview': { body: { count: 3, outside: { association: 'sh-ic-association', ownIndustries: ['integrated-circuits'], count: 0, byIndustry: [] }, sample: [], asOf: '2026-12-17', tookMs: 4 } },
    })
    ;(document.querySelector('[data-test="notice-publish"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(document.body.textContent).toContain('通知范围内的 3 家企业')
    expect(document.querySelector('[data-test="publish-outside"]')).toBeNull()
  })

  it('lists registrations, then the waitlist with its place; marks attendance once the event began', async () => {
    const { wrapper, api } = await mountDetail({
      [`GET ${base}`]: { body: noticeOf({ status: 'published', seatsTaken: 2, waitlisted: 1, allowedActions: ['view_registrations', 'mark_attendance', 'view_coverage'] }) },
      [`GET ${base}/registrations`]: { body: registrations },
      [`POST ${base}/attendance`]: (call) => ({ body: { ...registrations, items: registrations.items.map((r) => (r.id === 'r1' ? { ...r, attended: (call.body as { marks: { attended: boolean }[] }).marks[0]!.attended } : r)) } }),
    })
    const rows = wrapper.findAll('[data-test="registration"]')
    expect(rows.map((r) => r.attributes('data-status'))).toEqual(['registered', 'registered', 'waitlisted'])
    expect(rows[2]!.text()).toContain('候补第 1 位')
    expect(wrapper.find('[data-test="registrations-summary"]').text()).toBe('已报名 2 家（2/2 人），候补 1 家')
    await rows[0]!.find('[data-test="attendance"] input[value="present"]').setValue(true)
    await wrapper.find('[data-test="attendance-save"]').trigger('click')
    await flushPromises()
    expect(api.calls.find((c) => c.path === `${base}/attendance`)?.body).toEqual({ marks: [{ registrationId: 'r1', attended: true }] })
    expect(wrapper.text()).toContain('签到已保存')
  })

  it('shows the coverage funnel as figures and bars, with the linked measures for a coordinator', async () => {
    const funnel = { targeted: 40, reached: 40, opened: 22, registered: 6, attended: 4 }
    const { wrapper } = await mountDetail(
      {
        [`GET ${base}`]: { body: noticeOf({ status: 'published', allowedActions: ['view_registrations', 'view_coverage'] }) },
        [`GET ${base}/registrations`]: { body: registrations },
        [`GET ${base}/coverage`]: { body: { noticeId: NOTICE_ID, funnel, measures: [{ measureId: 'basic-research', notices: 2, funnel }] } },
      },
      ['coordinator'],
    )
    await wrapper.find('#tab-coverage').trigger('click')
    await flushPromises()
    const values = wrapper.findAll('[data-test="funnel"]')[0]!.findAll('[data-test="funnel-value"]').map((v) => v.text())
    expect(values).toEqual(['40', '40', '22', '6', '4'])
    expect(wrapper.text()).toContain('占目标 15%')
    expect(wrapper.find('[data-test="measure-coverage-row"]').text()).toContain('基础研究')
  })

  it('says an unknown or foreign notice is not found', async () => {
    const { wrapper } = await mountDetail({ [`GET ${base}`]: { status: 404, body: { statusCode: 404, error: 'Not Found', code: 'NOTICE_NOT_FOUND', message: 'Notice not found', correlationId: 'c1' } } })
    expect(wrapper.find('[data-test="notice-not-found"]').text()).toContain('未找到该通知')
  })

  it('reads in English', async () => {
    const { wrapper } = await mountDetail({ [`GET ${base}`]: { body: noticeOf() } }, ['association'], 'en')
    expect(wrapper.text()).toContain('Publish')
    expect(wrapper.text()).toContain('Policy explained')
    expect(wrapper.text()).not.toMatch(/notices\.|[发布草稿]{2}/)
  })
})
