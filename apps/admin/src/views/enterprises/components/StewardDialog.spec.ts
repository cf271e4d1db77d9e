import { flushPromises, mount } from '@vue/test-utils'
import { ElForm } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enterprise, KEY_USCC } from '../../../testing/enterprises'
import { fakeApi, type ApiCall } from '../../../testing/fake-api'
import { appContext, userWith } from '../../../testing/setup'
import StewardPanel from './StewardPanel.vue'

const path = `/api/enterprises/${KEY_USCC}/steward`
type Reply = { status?: number; body: unknown }

async function openDialog(reply: (call: ApiCall) => Reply) {
  const api = fakeApi({ [`PUT ${path}`]: reply })
  const context = await appContext({ fetch: api.fetch, session: userWith('coordinator') })
  const wrapper = mount(StewardPanel, { props: { enterprise: enterprise(), canAssign: true }, global: context.global, attachTo: document.body })
  await wrapper.find('[data-test="assign-steward"]').trigger('click')
  await flushPromises()
  // The dialog is teleported to <body>: reach its form through the component tree.
  const form = wrapper.getComponent(ElForm)
  const fill = async (values: Record<'name' | 'phone' | 'email', string>) => {
    for (const [field, value] of Object.entries(values)) await form.find(`[data-test="field-${field}"] input`).setValue(value)
  }
  const save = async () => {
    document.querySelector<HTMLButtonElement>('[data-test="steward-save"]')!.click()
    await flushPromises()
  }
  const errorOf = (field: string) => form.find(`[data-test="field-${field}"] .el-form-item__error`)
  return { wrapper, api, form, fill, save, errorOf }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('steward dialog', () => {
  it('checks the fields before calling the API', async () => {
    const { api, fill, save, errorOf } = await openDialog(() => ({ body: enterprise() }))
    await fill({ name: '  ', phone: 'call me', email: 'not-an-email' })
    await save()
    await vi.waitFor(() => expect(errorOf('name').text()).toBe('请输入服务管家姓名'))
    expect(errorOf('phone').text()).toBe('电话只能包含数字、空格和 + - ( )，5—40 位')
    expect(errorOf('email').text()).toBe('请输入有效的电子邮箱')
    expect(api.calls).toHaveLength(0)
  })

  it("shows the API's 400 details on the fields they name", async () => {
    const { fill, save, errorOf } = await openDialog(() => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        details: [{ field: 'phone', code: 'FORMAT', messages: ['phone must be a phone number (digits, +, -, spaces)'] }],
        correlationId: 'req-1',
      },
    }))
    await fill({ name: '王五', phone: '021 1234 5678', email: '' })
    await save()
    await vi.waitFor(() => expect(errorOf('phone').text()).toBe('phone must be a phone number (digits, +, -, spaces)'))
    expect(errorOf('name').exists()).toBe(false)
  })

  it('shows an error it cannot place on a field above the form', async () => {
    const { fill, save } = await openDialog(() => ({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', message: 'Requires role coordinator', correlationId: 'req-2' },
    }))
    await fill({ name: '王五', phone: '021 1234 5678', email: '' })
    await save()
    await vi.waitFor(() => expect(document.querySelector('[data-test="steward-failure"]')?.textContent).toContain('保存失败：403 Requires role coordinator'))
  })

  it('saves, tells the user, closes and hands the updated enterprise back', async () => {
    const steward = { name: '王五', phone: '021 1234 5678', email: 'wangwu@sheitc.example', assignedBy: 'coordinator', assignedAt: '2026-11-26T03:00:00.000Z' }
    const { wrapper, api, fill, save } = await openDialog(() => ({ body: enterprise({ steward }) }))
    await fill({ name: ' 王五 ', phone: '021 1234 5678', email: 'wangwu@sheitc.example' })
    await save()
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(api.last('PUT', path)).toMatchObject({ body: { name: '王五', phone: '021 1234 5678', email: 'wangwu@sheitc.example' }, authorization: 'Bearer token' })
    expect((wrapper.emitted('saved')![0]![0] as ReturnType<typeof enterprise>).steward?.name).toBe('王五')
    expect(document.body.textContent).toContain('已将 王五 设为服务管家')
    await vi.waitFor(() => expect(wrapper.getComponent({ name: 'ElDialog' }).props('modelValue')).toBe(false))
  })
})
