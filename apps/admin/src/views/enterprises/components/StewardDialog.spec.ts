import { flushPromises, mount } from '@vue/test-utils'
import { ElForm } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enterprise, KEY_USCC } from '../../../testing/enterprises'
import { fakeApi, type ApiCall } from '../../../testing/fake-api'
import { appContext, userWith } from '../../../testing/setup'
import StewardPanel from './StewardPanel.vue'

const path = `/api/enterprises/${KEY_USCC}/steward`
type Reply = { status?: number; body: unknown; headers?: Record<string, string> }

async function openDialog(reply: (call: ApiCall) => Reply, locale?: 'zh-CN' | 'en') {
  const api = fakeApi({ [`PUT ${path}`]: reply })
  const context = await appContext({ fetch: api.fetch, session: userWith('coordinator'), locale })
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
    // Element Plus shows each field's message on its own tick: wait for all three (a loaded machine is slow)
    await vi.waitFor(() => {
      expect(errorOf('name').text()).toBe('请输入服务管家姓名')
      expect(errorOf('phone').text()).toBe('电话只能包含数字、空格和 + - ( )，5—40 位')
      expect(errorOf('email').text()).toBe('请输入有效的电子邮箱')
    })
    expect(api.calls).toHaveLength(0)
  })

  it("shows the API's 400 details on the fields they name, said by their codes, never the API's English", async () => {
    const { fill, save, errorOf } = await openDialog(() => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        code: 'FIELD_INVALID',
        message: 'Request validation failed',
        details: [
          { field: 'phone', code: 'FORMAT', messages: ['phone must be a phone number (digits, +, -, spaces)'] },
          { field: 'email', code: 'FORBIDDEN_CHARACTERS', messages: ['email must not contain control characters'] },
        ],
        correlationId: 'req-1',
      },
    }))
    await fill({ name: '王五', phone: '021 1234 5678', email: '' })
    await save()
    await vi.waitFor(() => expect(errorOf('phone').text()).toBe('电话格式不正确'))
    expect(errorOf('email').text()).toBe('电子邮箱含有不允许的字符（控制字符或不可见字符）')
    expect(errorOf('name').exists()).toBe(false)
    expect(document.body.textContent).not.toMatch(/must be a phone number|control characters|validation failed/)
  })

  it('shows an error it cannot place on a field above the form, by its code', async () => {
    const { fill, save } = await openDialog(() => ({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN', message: 'Requires role coordinator', correlationId: 'req-2' },
    }))
    await fill({ name: '王五', phone: '021 1234 5678', email: '' })
    await save()
    await vi.waitFor(() => expect(document.querySelector('[data-test="steward-failure"]')?.textContent).toBe('保存失败：当前账号没有执行此操作的权限'))
    expect(document.body.textContent).not.toContain('Requires role coordinator')
    expect(document.body.textContent).not.toContain('403')
  })

  it('says how long to wait when rate limited', async () => {
    const { fill, save } = await openDialog(() => ({
      status: 429,
      headers: { 'retry-after': '20' },
      body: { statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests', correlationId: 'req-3' },
    }))
    await fill({ name: '王五', phone: '021 1234 5678', email: '' })
    await save()
    await vi.waitFor(() => expect(document.querySelector('[data-test="steward-failure"]')?.textContent).toBe('保存失败：操作过于频繁，请在 20 秒后重试'))
  })

  it.each([
    { locale: 'zh-CN' as const, text: '资料已被他人修改，请重新加载后再保存' },
    { locale: 'en' as const, text: 'Someone else has changed this record. Reload it, then save again.' },
  ])('on 409 says so ($locale), keeps what was typed and asks the page to reload the enterprise', async ({ locale, text }) => {
    const { wrapper, api, form, fill, save } = await openDialog(
      (call) =>
        (call.body as { version: number }).version === 4
          ? { body: enterprise({ version: 5 }) }
          : {
              status: 409,
              body: { statusCode: 409, error: 'Conflict', code: 'PROFILE_VERSION_CONFLICT', message: 'The enterprise was changed by someone else', correlationId: 'req-4' },
            },
      locale,
    )
    await fill({ name: '王五', phone: '021 1234 5678', email: 'wangwu@sheitc.example' })
    await save()
    const conflict = () => document.querySelector('[data-test="steward-conflict"]')
    await vi.waitFor(() => expect(conflict()?.textContent).toContain(text))
    expect(document.body.textContent).not.toContain('changed by someone else')
    expect(document.querySelector<HTMLButtonElement>('[data-test="steward-save"]')!.disabled).toBe(true)
    expect(wrapper.getComponent({ name: 'ElDialog' }).props('modelValue')).toBe(true)

    document.querySelector<HTMLButtonElement>('[data-test="steward-reload"]')!.click()
    expect(wrapper.emitted('reload')).toHaveLength(1)
    // The page read the enterprise again: someone had assigned 李敏 meanwhile.
    const steward = { name: '李敏', phone: '021-1234 5678', email: null, assignedBy: 'coordinator', assignedAt: '2026-11-26T03:00:00.000Z' }
    await wrapper.setProps({ enterprise: enterprise({ version: 4, steward }) })
    await flushPromises()
    expect(conflict()).toBeNull()
    expect(document.querySelector('[data-test="steward-reloaded"]')?.textContent).toContain('李敏')
    const value = (field: string) => (form.find(`[data-test="field-${field}"] input`).element as HTMLInputElement).value
    expect([value('name'), value('phone'), value('email')]).toEqual(['王五', '021 1234 5678', 'wangwu@sheitc.example'])

    await save()
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(api.calls.map((c) => (c.body as { version: number }).version)).toEqual([3, 4])
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
