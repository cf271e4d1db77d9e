import type { AppealAction } from '@servicepack/ui'
import { appealEventFixture, appealFixture } from '@servicepack/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeApi } from '../../testing/fake-api'
import { appContext, userWith } from '../../testing/setup'
import AppealDetailView from './AppealDetailView.vue'

const ID = appealFixture().id
const dispatched = appealFixture({
  status: 'dispatched',
  leadBureau: 'sheitc',
  assistingBureaus: ['stcsm'],
  complexity: 'simple',
  dispatchedAt: '2026-09-29T03:00:00.000Z',
  acceptDueAt: '2026-09-30T16:00:00.000Z',
  answerDueAt: '2026-10-12T16:00:00.000Z',
  dueAt: '2026-09-30T16:00:00.000Z',
  dueSoon: true,
})
const events = [
  appealEventFixture({ id: '1', action: 'submit', party: 'owner', note: '我们今年基础研究投入6000万元' }),
  appealEventFixture({ id: '2', action: 'dispatch', party: 'coordinator', actorUsername: 'coordinator', fromStatus: 'submitted', toStatus: 'dispatched', data: { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' } }),
  appealEventFixture({ id: '3', action: 'opinion', party: 'assisting', actorUsername: 'bureau-stcsm', actorName: '孙海燕', actorBureau: 'stcsm', fromStatus: 'dispatched', toStatus: 'dispatched', note: '建议按第(四)条准备基础研究投入证明。' }),
]
type Handlers = Parameters<typeof fakeApi>[0]

async function openAppeal(handlers: Handlers, roles: Parameters<typeof userWith> = ['bureau_officer']) {
  const api = fakeApi({ [`GET /api/appeals/${ID}/events`]: { body: events }, ...handlers })
  const context = await appContext({ fetch: api.fetch, session: userWith(...roles) })
  await context.router.push(`/appeals/${ID}`)
  const wrapper = mount(AppealDetailView, { props: { id: ID }, global: context.global, attachTo: document.body })
  await flushPromises()
  const buttons = () => wrapper.find('[data-test="actions"]').findAll('button').map((b) => b.attributes('data-test'))
  const dialog = () => document.querySelector<HTMLElement>('[data-test="action-dialog"]')
  const confirm = async () => {
    dialog()!.querySelector<HTMLButtonElement>('[data-test="action-confirm"]')!.click()
    await flushPromises()
  }
  const type = async (text: string) => {
    const area = dialog()!.querySelector<HTMLTextAreaElement>('[data-test="action-text"]')!
    area.value = text
    area.dispatchEvent(new Event('input'))
    await flushPromises()
  }
  return { wrapper, api, buttons, dialog, confirm, type }
}

const withActions = (allowedActions: AppealAction[], more = {}) => ({ [`GET /api/appeals/${ID}`]: { body: { ...dispatched, allowedActions, ...more } } })

afterEach(() => {
  document.body.innerHTML = ''
})

describe('appeal page (back office)', () => {
  it('shows the facts, the deadlines in Beijing time, the timeline with accounts, and the due-soon badge', async () => {
    const { wrapper } = await openAppeal(withActions(['accept', 'return', 'message']))
    expect(wrapper.find('[data-test="appeal-number"]').text()).toBe('SQ-2026-000123')
    expect(wrapper.find('[data-test="deadline"]').text()).toBe('即将超期2026-09-30（周三）前')
    expect(wrapper.find('[data-test="fact-lead"]').text()).toBe('市经济信息化委')
    expect(wrapper.find('[data-test="fact-assisting"]').text()).toBe('市科委')
    const deadlines = wrapper.find('[data-test="deadlines"]').text()
    expect(deadlines).toContain('签收时限2026-09-30（周三）前')
    expect(deadlines).toContain('答复时限2026-10-12（周一）前')
    expect(wrapper.find('[data-test="timeline"]').text()).toContain('协办单位 · 市科委 孙海燕')
    expect(wrapper.find('[data-test="timeline"]').text()).not.toContain('bureau-stcsm')
  })

  it.each<[string, AppealAction[], string[]]>([
    ['coordinator, submitted', ['dispatch', 'message'], ['action-dispatch']],
    ['lead bureau, dispatched', ['accept', 'return', 'message'], ['action-accept', 'action-return']],
    ['assisting bureau', ['opinion', 'message'], ['action-opinion']],
    ['lead bureau, in progress', ['return', 'respond', 'message', 'request_extension'], ['action-return', 'action-respond', 'action-request_extension']],
    ['coordinator, extension pending', ['message', 'approve_extension', 'refuse_extension'], ['action-approve_extension', 'action-refuse_extension']],
    ['coordinator, answered', ['message', 'close'], ['action-close']],
    ['admin (reads only)', [], []],
  ])('shows exactly the allowed actions: %s', async (_, allowed, expected) => {
    const { wrapper, buttons } = await openAppeal(withActions(allowed))
    expect(buttons()).toEqual(expected)
    expect(wrapper.find('[data-test="message-form"]').exists()).toBe(allowed.includes('message'))
    expect(wrapper.find('[data-test="add-files"]').exists()).toBe(allowed.includes('message'))
  })

  it('accepts: the appeal as the API answers it, its new actions and a confirmation', async () => {
    const accepted = { ...dispatched, status: 'in_progress', acceptedAt: '2026-09-30T01:00:00.000Z', dueAt: dispatched.answerDueAt, dueSoon: false, allowedActions: ['return', 'respond', 'message', 'request_extension'] }
    const { wrapper, api, buttons, dialog, confirm } = await openAppeal({ ...withActions(['accept', 'return', 'message']), [`POST /api/appeals/${ID}/accept`]: { body: accepted } })
    await wrapper.find('[data-test="action-accept"]').trigger('click')
    await flushPromises()
    expect(dialog()!.textContent).toContain('请于 2026-10-12（周一）前答复企业')
    await confirm()
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/appeals/${ID}/accept`])
    expect(wrapper.find('[data-test="appeal-status"]').text()).toBe('办理中')
    expect(buttons()).toEqual(['action-return', 'action-respond', 'action-request_extension'])
    expect(wrapper.find('[data-test="flash"]').text()).toContain('已签收，请在时限内答复')
  })

  it('answers with the assisting bureaus’ opinions in view; an empty answer is not sent', async () => {
    const inProgress = { status: 'in_progress' }
    const { wrapper, api, dialog, confirm, type } = await openAppeal({
      ...withActions(['return', 'respond', 'message', 'request_extension'], inProgress),
      [`POST /api/appeals/${ID}/respond`]: (call) => ({ body: { ...dispatched, status: 'responded', allowedActions: ['message'], note: (call.body as { body: string }).body } }),
    })
    await wrapper.find('[data-test="action-respond"]').trigger('click')
    await flushPromises()
    expect(dialog()!.querySelector('[data-test="opinions"]')!.textContent).toContain('市科委：建议按第(四)条准备基础研究投入证明。')
    await confirm()
    expect(dialog()!.querySelector('[data-test="action-problem"]')!.textContent).toBe('请填写答复内容')
    await type('请于10月底前提交申报材料。')
    await confirm()
    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([expect.objectContaining({ path: `/api/appeals/${ID}/respond`, body: { body: '请于10月底前提交申报材料。' } })])
    expect(wrapper.find('[data-test="appeal-status"]').text()).toBe('已答复')
  })

  it("starts the answer from one of the bureau's response templates", async () => {
    const template = { id: 't1', bureau: 'sheitc', title: '申报材料说明', body: '您好，申报材料请按附件清单准备。', version: 1, updatedAt: '2026-11-29T02:00:00.000Z', updatedBy: 'admin' }
    const { wrapper, api, dialog, confirm } = await openAppeal({
      ...withActions(['return', 'respond', 'message', 'request_extension'], { status: 'in_progress' }),
      'GET /api/response-templates': { body: [template] },
      [`POST /api/appeals/${ID}/respond`]: { body: { ...dispatched, status: 'responded', allowedActions: ['message'] } },
    })
    await wrapper.find('[data-test="action-respond"]').trigger('click')
    await flushPromises()
    const picker = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-test') === 'answer-template')!
    picker.vm.$emit('update:modelValue', 't1')
    await flushPromises()
    // picking shows the template; only "insert" puts it in the editor, for review (nothing is sent)
    expect(dialog()!.querySelector('[data-test="template-preview"]')!.textContent).toContain('模板预览：申报材料说明您好，申报材料请按附件清单准备。')
    expect(dialog()!.querySelector<HTMLTextAreaElement>('[data-test="action-text"]')!.value).toBe('')
    dialog()!.querySelector<HTMLButtonElement>('[data-test="template-insert"]')!.click()
    await flushPromises()
    expect(dialog()!.querySelector<HTMLTextAreaElement>('[data-test="action-text"]')!.value).toBe('您好，申报材料请按附件清单准备。')
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    await confirm()
    expect(api.last('POST', `/api/appeals/${ID}/respond`)!.body).toEqual({ body: '您好，申报材料请按附件清单准备。' })
  })

  it('refuses an answer shorter than a sentence with a clear message, before asking the API', async () => {
    const { wrapper, api, dialog, confirm, type } = await openAppeal(withActions(['return', 'respond', 'message', 'request_extension'], { status: 'in_progress' }))
    await wrapper.find('[data-test="action-respond"]').trigger('click')
    await flushPromises()
    await type('已处理。')
    await confirm()
    expect(dialog()!.querySelector('[data-test="action-problem"]')!.textContent).toBe('答复内容过短：请至少写 10 个字，说明办理结果或下一步安排')
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('a lead answering before the assisting opinion sees the choice: wait, or say why not (on the timeline, the assisting bureau told)', async () => {
    const body = '经核查，贵企业可按工业用地弹性年期出让办理，请准备项目备案材料。'
    const { wrapper, api, dialog, confirm, type } = await openAppeal({
      ...withActions(['return', 'respond', 'message', 'request_extension'], { status: 'in_progress', awaitingOpinionFrom: ['stcsm'] }),
      [`POST /api/appeals/${ID}/respond`]: { body: { ...dispatched, status: 'responded', allowedActions: ['message'] } },
    })
    await wrapper.find('[data-test="action-respond"]').trigger('click')
    await flushPromises()
    expect(dialog()!.querySelector('[data-test="opinion-awaited"]')!.textContent).toContain('协办单位（市科委）尚未提供协办意见')
    await type(body)
    await confirm()
    expect(dialog()!.querySelector('[data-test="action-problem"]')!.textContent).toBe('协办单位尚未提供意见：请等待，或勾选“不等待协办意见”并说明原因')
    dialog()!.querySelector<HTMLInputElement>('[data-test="skip-opinion"] input')!.click()
    await flushPromises()
    await confirm()
    expect(dialog()!.querySelector('[data-test="action-problem"]')!.textContent).toBe('请填写不等待协办意见的原因')
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    const reason = dialog()!.querySelector<HTMLTextAreaElement>('textarea[data-test="skip-reason"]')!
    reason.value = '企业下周开工，需尽快答复'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    await confirm()
    expect(api.last('POST', `/api/appeals/${ID}/respond`)!.body).toEqual({ body, skipAssistingOpinion: true, skipReason: '企业下周开工，需尽快答复' })
  })

  it('a reopened appeal leads with the enterprise’s reason and the new answer window', async () => {
    const { wrapper } = await openAppeal(
      withActions(['return', 'respond', 'message', 'request_extension'], { status: 'in_progress', reopenCount: 1, rating: 'unsatisfied', resolved: false, reopenReason: '没有说明需要哪些备案材料', answerDueAt: '2026-12-21T16:00:00.000Z' }),
    )
    expect(wrapper.find('[data-test="reopen-reason"]').text()).toBe('企业不满意原因：没有说明需要哪些备案材料 已重新办理 1 次 · 新的答复时限 2026-12-21（周一）前')
    const html = wrapper.html()
    expect(html.indexOf('data-test="reopen-reason"')).toBeLessThan(html.indexOf('data-test="appeal-number"'))
  })

  it('returns only with a reason', async () => {
    const { wrapper, api, confirm, type } = await openAppeal({
      ...withActions(['accept', 'return', 'message']),
      [`POST /api/appeals/${ID}/return`]: { body: { ...dispatched, status: 'submitted', leadBureau: null, assistingBureaus: [], allowedActions: [] } },
    })
    await wrapper.find('[data-test="action-return"]').trigger('click')
    await flushPromises()
    await confirm()
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    await type('用地事项应由市规划资源局主办')
    await confirm()
    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([expect.objectContaining({ body: { reason: '用地事项应由市规划资源局主办' } })])
  })

  it('approves a pending extension by its request id', async () => {
    const extension = { id: 'e-1', workingDays: 3, reason: '需现场核查', status: 'pending', requestedBy: 'bureau-sheitc', requestedByName: '赵立新', decidedBy: null, decidedByName: null, decidedAt: null, createdAt: '2026-10-12T02:00:00.000Z' }
    const { wrapper, api, confirm } = await openAppeal(
      {
        ...withActions(['message', 'approve_extension', 'refuse_extension'], { status: 'in_progress', pendingExtension: true, extension }),
        [`POST /api/appeals/${ID}/extension-requests/e-1/approve`]: { body: { ...dispatched, status: 'in_progress', allowedActions: ['message'], extension: { ...extension, status: 'approved' } } },
      },
      ['coordinator'],
    )
    expect(wrapper.find('[data-test="extension"]').text()).toContain('赵立新 申请延期 3 个工作日：需现场核查')
    await wrapper.find('[data-test="action-approve_extension"]').trigger('click')
    await flushPromises()
    await confirm()
    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([expect.objectContaining({ path: `/api/appeals/${ID}/extension-requests/e-1/approve`, body: { note: null } })])
    expect(wrapper.find('[data-test="extension"]').exists()).toBe(false)
  })

  it('when someone else acted first (409), reads the appeal again and says so', async () => {
    let current = { ...dispatched, allowedActions: ['accept', 'return', 'message'] }
    const { wrapper, api, buttons, confirm } = await openAppeal({
      [`GET /api/appeals/${ID}`]: () => ({ body: current }),
      [`POST /api/appeals/${ID}/accept`]: () => {
        current = { ...dispatched, status: 'in_progress', allowedActions: ['return', 'respond', 'message', 'request_extension'] }
        return { status: 409, body: { statusCode: 409, error: 'Conflict', code: 'INVALID_TRANSITION', message: 'Cannot accept an appeal that is in_progress', correlationId: 'c' } }
      },
    })
    await wrapper.find('[data-test="action-accept"]').trigger('click')
    await flushPromises()
    await confirm()
    expect(api.calls.filter((c) => c.method === 'GET' && c.path === `/api/appeals/${ID}`)).toHaveLength(2)
    expect(wrapper.find('[data-test="changed-meanwhile"]').text()).toContain('诉求已被他人处理，已为您刷新到最新状态。')
    expect(wrapper.find('[data-test="appeal-status"]').text()).toBe('办理中')
    expect(buttons()).toEqual(['action-return', 'action-respond', 'action-request_extension'])
    expect(wrapper.text()).not.toContain('Cannot accept')
  })

  it("shows a proper not-found page for an appeal outside the bureau's sight (404)", async () => {
    const { wrapper } = await openAppeal({
      [`GET /api/appeals/${ID}`]: { status: 404, body: { statusCode: 404, error: 'Not Found', code: 'APPEAL_NOT_FOUND', message: 'Appeal not found', correlationId: 'c' } },
    })
    expect(wrapper.find('[data-test="appeal-not-found"]').text()).toContain('未找到该诉求')
    expect(wrapper.find('[data-test="appeal-not-found"]').text()).toContain('仅主办或协办单位可以查看')
    expect(wrapper.text()).not.toContain('Appeal not found')
  })
})
