import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appContext, enterpriseA, fakeApi, reply, userWith } from '../../testing/setup'
import NoticeView from './NoticeView.vue'

const ID = '5eed0001-0000-4000-8000-000000000002'
const base = `/api/notices/${ID}`
function noticeOf(over: Record<string, unknown> = {}) {
  return {
    id: ID, association: 'sh-ic-association', associationName: '上海市集成电路行业协会', title: '集成电路专场政策解读', kind: 'policy_interpretation', status: 'published',
    startsAt: '2026-12-17T01:00:00.000Z', endsAt: '2026-12-17T03:30:00.000Z', registrationDeadline: '2026-12-16T10:00:00.000Z', venue: '张江科学会堂', onlineUrl: null,
    capacity: 2, attendeeLimit: 3, seatsTaken: 2, measureIds: ['basic-research'], publishedAt: '2026-12-01T02:00:00.000Z', myRegistration: null, body: '## 议程',
    bodyHtml: '<h2>议程</h2>\n<p>&lt;script&gt;window.pwned = 1&lt;/script&gt;</p>\n<p><a href="https://example.org" target="_blank" rel="noopener noreferrer">官网</a></p>\n',
    audience: { industries: ['integrated-circuits'], districts: [], keyEnterprise: null, outputValueMin: null, outputValueMax: null, measureId: null },
    waitlisted: 0, targetedCount: 3, cancelledAt: null, cancelReason: null, version: 2, allowedActions: ['register'], ...over,
  }
}
const waitlisted = { id: 'r3', status: 'waitlisted', contactName: '王明远', contactPhone: '021-5555 0101', attendees: 2, waitlistPosition: 1, createdAt: '2026-12-10T02:00:00.000Z' }

async function open(handlers: Parameters<typeof fakeApi>[0], locale: 'zh-CN' | 'en' = 'zh-CN', person: { name?: string; phone?: string | null } = {}) {
  const api = fakeApi({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()), ...handlers })
  const context = await appContext({ fetch: api.fetch, session: { ...userWith('enterprise'), ...person }, locale })
  await context.router.push(`/notices/${ID}`)
  const wrapper = mount(NoticeView, { props: { id: ID }, global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api }
}
/** The <input> of a field (Element Plus puts the attribute on the input itself or on its wrapper). */
function field(wrapper: Awaited<ReturnType<typeof open>>['wrapper'], name: string) {
  const found = wrapper.find(`[data-test="${name}"]`)
  return found.element.tagName === 'INPUT' ? found : found.find('input')
}
afterEach(() => {
  document.body.innerHTML = ''
})

describe('a notice for the enterprise', () => {
  it('shows the body the API rendered: script stays text, links open safely', async () => {
    const { wrapper } = await open({ [`GET ${base}`]: () => reply(200, noticeOf()) })
    const body = wrapper.find('[data-test="notice-body"]')
    expect(body.find('script').exists()).toBe(false)
    expect(body.text()).toContain('<script>window.pwned = 1</script>')
    expect(body.find('a').attributes()).toMatchObject({ href: 'https://example.org', target: '_blank', rel: 'noopener noreferrer' })
    expect((window as { pwned?: number }).pwned).toBeUndefined()
    expect(wrapper.find('[data-test="notice-when"]').text()).toBe('2026-12-17 09:00 – 11:30')
  })

  it('prefills the person signed in when the enterprise names no contact', async () => {
    const { wrapper } = await open(
      { [`GET ${base}`]: () => reply(200, noticeOf()), 'GET /api/enterprises/me': () => reply(200, enterpriseA({ contactName: null, contactPhone: null })) },
      'zh-CN',
      { name: '王明远', phone: '13800138000' },
    )
    expect((field(wrapper, 'contact-name').element as HTMLInputElement).value).toBe('王明远')
    expect((field(wrapper, 'contact-phone').element as HTMLInputElement).value).toBe('13800138000')
  })

  it('registers with the profile’s contact prefilled; when full it says so and answers with the waitlist place', async () => {
    const { wrapper, api } = await open({
      [`GET ${base}`]: () => reply(200, noticeOf()),
      [`POST ${base}/registrations`]: () => reply(201, { status: 'waitlisted', registration: waitlisted, notice: noticeOf({ myRegistration: waitlisted, allowedActions: ['withdraw'], waitlisted: 1 }) }),
    })
    expect((field(wrapper, 'contact-name').element as HTMLInputElement).value).toBe('王明远')
    expect(wrapper.find('[data-test="register"]').text()).toBe('报名候补')
    await field(wrapper, 'attendees').setValue('2')
    await field(wrapper, 'attendees').trigger('change')
    await wrapper.find('[data-test="register-form"]').trigger('submit')
    await flushPromises()
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ contactName: '王明远', contactPhone: '021-5555 0101', attendees: 2 })
    expect(wrapper.find('[data-test="result"]').text()).toContain('已进入候补（第 1 位）')
    expect(wrapper.find('[data-test="my-status"]').text()).toBe('候补第 1 位')
    expect(wrapper.find('[data-test="withdraw"]').exists()).toBe(true)
  })

  it('checks the phone before sending, and shows a refusal by its code', async () => {
    const { wrapper, api } = await open({
      [`GET ${base}`]: () => reply(200, noticeOf({ seatsTaken: 0 })),
      [`POST ${base}/registrations`]: () => reply(409, { statusCode: 409, error: 'Conflict', code: 'REGISTRATION_CLOSED', message: 'closed', correlationId: 'c' }),
    })
    await field(wrapper, 'contact-phone').setValue('abc')
    await wrapper.find('[data-test="register-form"]').trigger('submit')
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 150)) // Element Plus shows a field's error after a 100 ms debounce
    await flushPromises()
    expect(wrapper.text()).toContain('请填写有效的电话号码')
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    await field(wrapper, 'contact-phone').setValue('13800000000')
    await wrapper.find('[data-test="register-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="register-error"]').text()).toContain('报名已截止或活动已取消')
  })

  it('withdraws after asking', async () => {
    const registered = { ...waitlisted, status: 'registered', waitlistPosition: null }
    const { wrapper, api } = await open({
      [`GET ${base}`]: () => reply(200, noticeOf({ myRegistration: registered, allowedActions: ['withdraw'] })),
      [`DELETE ${base}/registrations/me`]: () => reply(200, noticeOf({ allowedActions: ['register'] })),
    })
    expect(wrapper.find('[data-test="my-status"]').text()).toBe('已报名')
    await wrapper.find('[data-test="withdraw"]').trigger('click')
    await flushPromises()
    ;(document.querySelector('[data-test="withdraw-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === `${base}/registrations/me`)).toBe(true)
    expect(wrapper.find('[data-test="result"]').text()).toContain('已取消报名')
  })

  it('after registering shows what was registered, the seats left, 修改 and 取消报名', async () => {
    const seated = { ...waitlisted, status: 'registered', waitlistPosition: null }
    const { wrapper } = await open({
      [`GET ${base}`]: () => reply(200, noticeOf({ capacity: 30, seatsTaken: 12 })),
      [`POST ${base}/registrations`]: () => reply(201, { status: 'registered', registration: seated, notice: noticeOf({ capacity: 30, seatsTaken: 14, myRegistration: seated, allowedActions: ['withdraw', 'change_registration'] }) }),
    })
    expect(wrapper.find('[data-test="register-seats-left"]').text()).toBe('剩余名额 18')
    await field(wrapper, 'attendees').setValue('2')
    await field(wrapper, 'attendees').trigger('change')
    await wrapper.find('[data-test="register-form"]').trigger('submit')
    await flushPromises()
    const summary = wrapper.find('[data-test="my-registration"]')
    expect(summary.find('[data-test="my-registration-status"]').text()).toBe('已报名')
    expect(summary.find('[data-test="my-attendees"]').text()).toBe('2 人')
    expect(summary.find('[data-test="my-contact"]').text()).toBe('王明远　021-5555 0101')
    expect(summary.find('[data-test="seats-left"]').text()).toBe('剩余 16 个，共 30 个')
    expect(summary.find('[data-test="edit-registration"]').text()).toBe('修改')
    expect(summary.find('[data-test="withdraw"]').text()).toBe('取消报名')
    expect(wrapper.find('[data-test="register-form"]').exists()).toBe(false)
  })

  it('a waitlisted registration shows its place and the waitlist', async () => {
    const { wrapper } = await open({ [`GET ${base}`]: () => reply(200, noticeOf({ myRegistration: waitlisted, waitlisted: 3, allowedActions: ['withdraw', 'change_registration'] })) })
    const summary = wrapper.find('[data-test="my-registration"]')
    expect(summary.find('[data-test="my-registration-status"]').text()).toBe('候补第 1 位')
    expect(summary.find('[data-test="seats-left"]').text()).toBe('剩余 0 个，共 2 个（另有 3 家企业候补）')
  })

  it('修改 opens the form on what was registered and saves it with PUT; a refusal for seats is said', async () => {
    const seated = { ...waitlisted, status: 'registered', waitlistPosition: null }
    let answer = () => reply(409, { statusCode: 409, error: 'Conflict', code: 'NOT_ENOUGH_SEATS', message: 'x', correlationId: 'c' })
    const { wrapper, api } = await open({
      [`GET ${base}`]: () => reply(200, noticeOf({ myRegistration: seated, allowedActions: ['withdraw', 'change_registration'] })),
      [`PUT ${base}/registrations/me`]: () => answer(),
    })
    await wrapper.find('[data-test="edit-registration"]').trigger('click')
    await flushPromises()
    expect((field(wrapper, 'attendees').element as HTMLInputElement).value).toBe('2')
    await field(wrapper, 'contact-name').setValue('赵敏')
    await field(wrapper, 'attendees').setValue('3')
    await field(wrapper, 'attendees').trigger('change')
    await wrapper.find('[data-test="register-form"]').trigger('submit')
    await flushPromises()
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ contactName: '赵敏', contactPhone: '021-5555 0101', attendees: 3 })
    expect(wrapper.find('[data-test="register-error"]').text()).toContain('剩余名额不足')
    const changed = { ...seated, contactName: '赵敏', attendees: 1 }
    answer = () => reply(200, { status: 'registered', registration: changed, notice: noticeOf({ myRegistration: changed, seatsTaken: 1, allowedActions: ['withdraw', 'change_registration'] }) })
    await field(wrapper, 'attendees').setValue('1')
    await field(wrapper, 'attendees').trigger('change')
    await wrapper.find('[data-test="register-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="result"]').text()).toContain('报名已修改')
    expect(wrapper.find('[data-test="my-contact"]').text()).toContain('赵敏')
    expect(wrapper.find('[data-test="seats-left"]').text()).toBe('剩余 1 个，共 2 个')
  })

  it('downloads the calendar entry', async () => {
    const created = vi.fn(() => 'blob:ics')
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() })
    const { wrapper, api } = await open({
      [`GET ${base}`]: () => reply(200, noticeOf()),
      [`GET ${base}/calendar.ics`]: () => new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { headers: { 'content-type': 'text/calendar' } }),
    })
    await wrapper.find('[data-test="ics"]').trigger('click')
    await flushPromises()
    expect(api.calls.some((c) => c.path === `${base}/calendar.ics`)).toBe(true)
    expect(created).toHaveBeenCalled()
  })

  it('says a notice outside the audience is not found, in English too', async () => {
    const notFound = () => reply(404, { statusCode: 404, error: 'Not Found', code: 'NOTICE_NOT_FOUND', message: 'Notice not found', correlationId: 'c' })
    const { wrapper } = await open({ [`GET ${base}`]: notFound }, 'en')
    expect(wrapper.find('[data-test="notice-not-found"]').text()).toContain('not addressed to your enterprise')
  })
})
