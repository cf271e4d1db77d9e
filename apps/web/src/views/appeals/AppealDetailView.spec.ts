import { evaluateMeasure } from '@servicepack/policy-rules'
import { appealEventFixture, appealFixture } from '@servicepack/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { appContext, fakeApi, reply, userWith } from '../../testing/setup'
import AppealDetailView from './AppealDetailView.vue'

const ID = appealFixture().id
const answered = appealFixture({
  status: 'responded',
  leadBureau: 'sheitc',
  assistingBureaus: ['stcsm'],
  complexity: 'simple',
  rateDueAt: '2026-10-15T16:00:00.000Z',
  allowedActions: ['rate', 'message'],
  snapshot: {
    asOf: '2026-09-29',
    evaluation: evaluateMeasure('basic-research', { basicResearchInvestment: 60_000_000 }, { asOf: '2026-09-29', reasonsEn: true }),
    facts: { basicResearchInvestment: 60_000_000 },
  },
})
const events = [
  appealEventFixture({ id: '1', action: 'submit', party: 'owner', note: '我们今年基础研究投入6000万元' }),
  appealEventFixture({ id: '2', action: 'dispatch', party: 'coordinator', fromStatus: 'submitted', toStatus: 'dispatched', data: { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' } }),
  appealEventFixture({ id: '3', action: 'respond', party: 'lead', actorBureau: 'sheitc', fromStatus: 'in_progress', toStatus: 'responded', at: '2026-10-08T03:00:00.000Z', note: '请于10月底前提交申报材料。' }),
]

async function openAppeal(handlers: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi({ [`GET /api/appeals/${ID}/events`]: () => reply(200, events), ...handlers })
  const context = await appContext({ fetch: api.fetch, session: userWith('enterprise') })
  await context.router.push(`/appeals/${ID}`)
  const wrapper = mount(AppealDetailView, { props: { id: ID }, global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('my appeal', () => {
  it("shows the number, the bureau's answer, the snapshot, the timeline and what it may do now (rate, message)", async () => {
    const { wrapper } = await openAppeal({ [`GET /api/appeals/${ID}`]: () => reply(200, answered) })
    expect(wrapper.find('[data-test="appeal-number"]').text()).toBe('SQ-2026-000123')
    expect(wrapper.find('[data-test="appeal-status"]').text()).toBe('已答复')
    expect(wrapper.find('[data-test="answer"]').text()).toContain('市经济信息化委 于 2026-10-08 11:00 答复')
    expect(wrapper.find('[data-test="answer"]').text()).toContain('请于10月底前提交申报材料。')
    expect(wrapper.find('[data-test="rate-now"]').text()).toContain('请于 2026-10-15（周四）前评价')
    expect(wrapper.find('[data-test="snapshot"]').text()).toContain('2026-09-29')
    expect(wrapper.find('[data-test="snapshot-facts"]').text()).toContain('6000万元')
    expect(wrapper.findAll('[data-test="timeline-event"]')).toHaveLength(3)
    expect(wrapper.find('[data-test="facts"]').text()).toContain('协办单位市科委')
    expect(wrapper.find('[data-test="action-rate"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="action-withdraw"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="message-form"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="add-files"]').exists()).toBe(true)
  })

  it('renders the timeline as the API gives it to the enterprise: the handlers’ steps without their notes (dispatch, return, extension)', async () => {
    const handled = [
      ...events.slice(0, 2),
      appealEventFixture({ id: '4', action: 'return', party: 'lead', actorBureau: 'stcsm', fromStatus: 'dispatched', toStatus: 'submitted', note: null, data: { bureau: 'stcsm' } }),
      appealEventFixture({ id: '5', action: 'dispatch', party: 'coordinator', fromStatus: 'submitted', toStatus: 'dispatched', note: null, data: { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' } }),
      appealEventFixture({ id: '6', action: 'request_extension', party: 'lead', actorBureau: 'sheitc', fromStatus: 'in_progress', toStatus: 'in_progress', note: null, data: { workingDays: 3 } }),
      appealEventFixture({ id: '7', action: 'approve_extension', party: 'coordinator', fromStatus: 'in_progress', toStatus: 'in_progress', note: null, data: { workingDays: 3, answerDueAt: '2026-10-22T16:00:00.000Z' } }),
      events[2]!,
    ]
    const { wrapper } = await openAppeal({ [`GET /api/appeals/${ID}`]: () => reply(200, answered), [`GET /api/appeals/${ID}/events`]: () => reply(200, handled) })
    const rows = wrapper.findAll('[data-test="timeline-event"]')
    expect(rows.map((r) => r.attributes('data-action'))).toEqual(['submit', 'dispatch', 'return', 'dispatch', 'request_extension', 'approve_extension', 'respond'])
    for (const row of rows.slice(1, 6)) expect(row.find('[data-test="timeline-note"]').exists()).toBe(false)
    expect(rows[6]!.find('[data-test="timeline-note"]').text()).toBe('请于10月底前提交申报材料。')
  })

  it('follows allowedActions, not the status: withdraw only when allowed, nothing on a closed appeal', async () => {
    const open = await openAppeal({ [`GET /api/appeals/${ID}`]: () => reply(200, appealFixture({ allowedActions: ['withdraw', 'message'] })) })
    expect(open.wrapper.find('[data-test="action-withdraw"]').exists()).toBe(true)
    expect(open.wrapper.find('[data-test="action-rate"]').exists()).toBe(false)
    document.body.innerHTML = ''
    const closed = await openAppeal({ [`GET /api/appeals/${ID}`]: () => reply(200, appealFixture({ status: 'closed', rating: 'satisfied', resolved: true, allowedActions: [] })) })
    expect(closed.wrapper.find('[data-test="actions"]').findAll('button')).toHaveLength(0)
    expect(closed.wrapper.find('[data-test="message-form"]').exists()).toBe(false)
    expect(closed.wrapper.find('[data-test="add-files"]').exists()).toBe(false)
    expect(closed.wrapper.text()).toContain('诉求已结束，不能再留言或上传附件。')
  })

  it('rates 满意 and shows the closed appeal; when someone else was first (409) it reloads and says so', async () => {
    let current = answered
    const { wrapper, api } = await openAppeal({
      [`GET /api/appeals/${ID}`]: () => reply(200, current),
      [`POST /api/appeals/${ID}/rate`]: () => {
        current = appealFixture({ ...answered, status: 'closed', allowedActions: [], closedAt: '2026-10-09T02:00:00.000Z' })
        return reply(409, { statusCode: 409, error: 'Conflict', code: 'INVALID_TRANSITION', message: 'Cannot rate an appeal that is closed', correlationId: 'c' })
      },
    })
    await wrapper.find('[data-test="action-rate"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLElement>('[data-test="resolved-yes"] input')!.click()
    document.querySelector<HTMLElement>('[data-test="rating-satisfied"] input')!.click()
    await flushPromises()
    document.querySelector<HTMLElement>('[data-test="rate-submit"]')!.click()
    await flushPromises()
    expect(api.calls.filter((c) => c.method === 'GET' && c.path === `/api/appeals/${ID}`)).toHaveLength(2)
    expect(wrapper.find('[data-test="changed-meanwhile"]').text()).toContain('诉求已被他人处理，已为您刷新到最新状态。')
    expect(wrapper.find('[data-test="appeal-status"]').text()).toBe('已办结')
    expect(wrapper.find('[data-test="action-rate"]').exists()).toBe(false)
  })

  it('a reopened appeal shows the enterprise’s reason first, the new answer window, the rating in a warning colour and 已重新办理 1 次', async () => {
    const reopened = { ...answered, status: 'in_progress' as const, reopenCount: 1, rating: 'unsatisfied' as const, resolved: false, reopenReason: '没有说明需要哪些备案材料', answerDueAt: '2026-12-21T16:00:00.000Z', dueAt: '2026-12-21T16:00:00.000Z', rateDueAt: null, allowedActions: ['message' as const] }
    const { wrapper } = await openAppeal({ [`GET /api/appeals/${ID}`]: () => reply(200, reopened) })
    const alert = wrapper.find('[data-test="reopen-reason"]')
    expect(alert.text()).toBe('企业不满意原因：没有说明需要哪些备案材料 已重新办理 1 次 · 新的答复时限 2026-12-21（周一）前')
    // at the top: before the title and the answer
    const html = wrapper.html()
    expect(html.indexOf('data-test="reopen-reason"')).toBeLessThan(html.indexOf('data-test="appeal-head"'))
    expect(wrapper.find('[data-test="your-rating"]').classes()).toContain('detail__rating--unsatisfied')
    expect(wrapper.find('[data-test="reopen-count"]').text()).toBe('已重新办理 1 次')
    expect(wrapper.find('[data-test="facts"]').text()).toContain('重新办理已重新办理 1 次')
  })

  it('says an appeal that is not there (or not ours) is not found', async () => {
    const { wrapper } = await openAppeal({
      [`GET /api/appeals/${ID}`]: () => reply(404, { statusCode: 404, error: 'Not Found', code: 'APPEAL_NOT_FOUND', message: 'Appeal not found', correlationId: 'c' }),
    })
    expect(wrapper.find('[data-test="appeal-not-found"]').text()).toContain('未找到该诉求')
    expect(wrapper.text()).not.toContain('Appeal not found')
  })
})
