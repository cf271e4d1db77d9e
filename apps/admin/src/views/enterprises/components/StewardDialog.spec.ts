import { flushPromises, mount } from '@vue/test-utils'
import { ElForm } from 'element-plus'
import { afterEach, describe, expect, it } from 'vitest'
import { chooseCoordinator, coordinators, enterprise, KEY_USCC, stewardOf } from '../../../testing/enterprises'
import { fakeApi, type ApiCall } from '../../../testing/fake-api'
import { appContext, userWith } from '../../../testing/setup'
import StewardPanel from './StewardPanel.vue'
import { waitFor } from '@servicepack/ui/testing'

const path = `/api/enterprises/${KEY_USCC}/steward`
type Reply = { status?: number; body: unknown; headers?: Record<string, string> }

const [chen, wang] = coordinators as [(typeof coordinators)[0], (typeof coordinators)[0]]

async function openDialog(reply: (call: ApiCall) => Reply, locale?: 'zh-CN' | 'en', current = enterprise()) {
  const api = fakeApi({ [`PUT ${path}`]: reply, 'GET /api/users/coordinators': { body: coordinators } })
  const context = await appContext({ fetch: api.fetch, session: userWith('coordinator'), locale })
  const wrapper = mount(StewardPanel, { props: { enterprise: current, canAssign: true }, global: context.global, attachTo: document.body })
  await wrapper.find('[data-test="assign-steward"]').trigger('click')
  await flushPromises()
  // The dialog is teleported to <body>: reach its form through the component tree.
  const form = wrapper.getComponent(ElForm)
  /** Chooses a coordinator (by sub; '' = none) and types a phone (undefined = keep what was prefilled). */
  const fill = async (values: { stewardSub: string; phone?: string }) => {
    if (values.stewardSub) await chooseCoordinator(form, values.stewardSub)
    if (values.phone !== undefined) await form.find('[data-test="field-phone"] input').setValue(values.phone)
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
    await fill({ stewardSub: '', phone: 'call me' })
    await save()
    // Element Plus shows each field's message on its own tick: wait for both (a loaded machine is slow)
    await waitFor(() => {
      expect(errorOf('stewardSub').text()).toBe('请选择一位协调员作为服务管家')
      expect(errorOf('phone').text()).toBe('电话只能包含数字、空格和 + - ( )，5—40 位')
    })
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
  })

  it('offers the coordinators who have signed in, with username and last sign-in, and prefills the phone they gave last', async () => {
    const { api, form, fill } = await openDialog(() => ({ body: enterprise() }))
    expect(api.last('GET', '/api/users/coordinators')).toBeDefined()
    const options = document.querySelectorAll('[data-test^="steward-option-"]')
    expect([...options].map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^陈晓东\s*coordinator\s*最近登录 2026-11-26 09:00\s*负责 12 家企业$/),
      expect.stringMatching(/^王芳\s*coordinator-2\s*最近登录 2026-11-25 16:30\s*负责 0 家企业$/),
    ])
    const phone = () => (form.find('[data-test="field-phone"] input').element as HTMLInputElement).value
    await fill({ stewardSub: chen.sub })
    expect(phone()).toBe('021-2311 2345')
    // nobody's number of last time: what is there stays
    await fill({ stewardSub: wang.sub })
    expect(phone()).toBe('021-2311 2345')
  })

  it('names a legacy steward (no account) and asks for an account, keeping its phone', async () => {
    const legacy = { sub: null, username: null, name: '张三', phone: '021-2311 5555', email: 'zhang@x.cn', assignedBy: 'coordinator', assignedByName: '陈晓东', assignedAt: null }
    const { wrapper, form } = await openDialog(() => ({ body: enterprise() }), 'zh-CN', enterprise({ steward: legacy }))
    expect(wrapper.find('[data-test="steward-legacy"]').text()).toContain('原服务管家（未关联账号）：张三')
    expect(document.querySelector('[data-test="steward-dialog"] [data-test="steward-legacy"]')?.textContent).toContain('请为企业选择一个服务管家账号')
    expect((form.find('[data-test="field-phone"] input').element as HTMLInputElement).value).toBe('021-2311 5555')
  })

  it('says a refused account (not a coordinator) on the steward field, by its code', async () => {
    const { fill, save, errorOf } = await openDialog(() => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'Request validation failed', details: [{ field: 'stewardSub', code: 'NOT_ALLOWED', messages: ['stewardSub must be a coordinator'] }], correlationId: 'r' },
    }))
    await fill({ stewardSub: wang.sub, phone: '021 1234 5678' })
    await save()
    await waitFor(() => expect(errorOf('stewardSub').text()).toBe('服务管家不在可选范围内'))
    expect(document.body.textContent).not.toContain('must be a coordinator')
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
          { field: 'stewardSub', code: 'FORBIDDEN_CHARACTERS', messages: ['stewardSub must not contain control characters'] },
        ],
        correlationId: 'req-1',
      },
    }))
    await fill({ stewardSub: wang.sub, phone: '021 1234 5678' })
    await save()
    await waitFor(() => expect(errorOf('phone').text()).toBe('电话格式不正确'))
    expect(errorOf('stewardSub').text()).toBe('服务管家含有不允许的字符（控制字符或不可见字符）')
    expect(document.body.textContent).not.toMatch(/must be a phone number|control characters|validation failed/)
  })

  it('shows an error it cannot place on a field above the form, by its code', async () => {
    const { fill, save } = await openDialog(() => ({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN', message: 'Requires role coordinator', correlationId: 'req-2' },
    }))
    await fill({ stewardSub: wang.sub, phone: '021 1234 5678' })
    await save()
    await waitFor(() => expect(document.querySelector('[data-test="steward-failure"]')?.textContent).toBe('保存失败：当前账号没有执行此操作的权限'))
    expect(document.body.textContent).not.toContain('Requires role coordinator')
    expect(document.body.textContent).not.toContain('403')
  })

  it('says how long to wait when rate limited', async () => {
    const { fill, save } = await openDialog(() => ({
      status: 429,
      headers: { 'retry-after': '20' },
      body: { statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests', correlationId: 'req-3' },
    }))
    await fill({ stewardSub: wang.sub, phone: '021 1234 5678' })
    await save()
    await waitFor(() => expect(document.querySelector('[data-test="steward-failure"]')?.textContent).toBe('保存失败：操作过于频繁，请在 20 秒后重试'))
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
    await fill({ stewardSub: wang.sub, phone: '021 1234 5678' })
    await save()
    const conflict = () => document.querySelector('[data-test="steward-conflict"]')
    await waitFor(() => expect(conflict()?.textContent).toContain(text))
    expect(document.body.textContent).not.toContain('changed by someone else')
    expect(document.querySelector<HTMLButtonElement>('[data-test="steward-save"]')!.disabled).toBe(true)
    expect(wrapper.getComponent({ name: 'ElDialog' }).props('modelValue')).toBe(true)

    document.querySelector<HTMLButtonElement>('[data-test="steward-reload"]')!.click()
    expect(wrapper.emitted('reload')).toHaveLength(1)
    // The page read the enterprise again: someone had assigned 陈晓东 meanwhile.
    await wrapper.setProps({ enterprise: enterprise({ version: 4, steward: stewardOf(chen) }) })
    await flushPromises()
    expect(conflict()).toBeNull()
    expect(document.querySelector('[data-test="steward-reloaded"]')?.textContent).toContain('陈晓东')
    expect((form.find('[data-test="field-phone"] input').element as HTMLInputElement).value).toBe('021 1234 5678')
    expect(form.findComponent({ name: 'ElSelect' }).props('modelValue')).toBe(wang.sub)

    await save()
    await waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(api.calls.filter((c) => c.method === 'PUT').map((c) => (c.body as { version: number }).version)).toEqual([3, 4])
  })

  it('saves, tells the user, closes and hands the updated enterprise back', async () => {
    const { wrapper, api, fill, save } = await openDialog(() => ({ body: enterprise({ steward: stewardOf(wang, '021 1234 5678') }) }))
    await fill({ stewardSub: wang.sub, phone: ' 021 1234 5678 ' })
    await save()
    await waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(api.last('PUT', path)).toMatchObject({ body: { stewardSub: wang.sub, phone: '021 1234 5678', version: 3 }, authorization: 'Bearer token' })
    expect(api.last('PUT', path)!.body).not.toHaveProperty('name')
    expect((wrapper.emitted('saved')![0]![0] as ReturnType<typeof enterprise>).steward?.name).toBe('王芳')
    expect(document.body.textContent).toContain('已将 王芳 设为服务管家')
    await waitFor(() => expect(wrapper.getComponent({ name: 'ElDialog' }).props('modelValue')).toBe(false))
  })
})
