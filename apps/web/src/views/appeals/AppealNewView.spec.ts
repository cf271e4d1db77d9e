import { appealFixture, waitFor } from '@servicepack/ui/testing'
import { uploaderKey, type UploadRequest } from '@servicepack/ui'
import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appContext, enterpriseA, fakeApi, reply, userWith } from '../../testing/setup'
import AppealNewView from './AppealNewView.vue'

const FROM_MEASURE = '/appeals/new?measure=basic-research&asOf=2026-11-26'
const created = appealFixture({ status: 'submitted', allowedActions: ['withdraw', 'message'] })
type Handlers = Parameters<typeof fakeApi>[0]

let person: { name?: string; phone?: string | null } = {}
async function openForm(url: string, handlers: Handlers = {}, upload = vi.fn(async (r: UploadRequest) => ({ id: 'f', fileName: r.file.name, contentType: 'application/pdf', size: r.file.size, uploadedBy: 'enterprise-a', createdAt: '2026-11-26T02:00:00.000Z' }))) {
  const api = fakeApi({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()), 'POST /api/appeals': () => reply(201, created), ...handlers })
  const context = await appContext({ fetch: api.fetch, session: { ...userWith('enterprise'), ...person } })
  await context.router.push(url)
  const mountIt = () => mount(AppealNewView, { global: { ...context.global, provide: { ...context.global.provide, [uploaderKey as symbol]: upload } }, attachTo: document.body })
  const wrapper = mountIt()
  await flushPromises()
  const posts = () => api.calls.filter((c) => c.method === 'POST' && c.path === '/api/appeals')
  const describe = async (text: string) => {
    await wrapper.find('[data-test="field-description"]').setValue(text)
  }
  const submit = async () => {
    await wrapper.find('[data-test="submit-appeal"]').trigger('click')
    await flushPromises()
  }
  const pick = async (...files: File[]) => {
    const input = wrapper.find('[data-test="intake-files"] [data-test="file-input"]')
    Object.defineProperty(input.element, 'files', { value: files, configurable: true })
    await input.trigger('change')
    await flushPromises()
  }
  return { wrapper, api, posts, describe, submit, pick, upload, mountIt, router: context.router }
}

const pdf = (name = '申报材料.pdf', size = 100) => new File([new Uint8Array(size)], name, { type: 'application/pdf' })
const keysOf = (requests: Request[]) => requests.map((r) => r.headers.get('idempotency-key'))

beforeEach(() => {
  sessionStorage.clear()
  person = {}
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('intake form', () => {
  it("opens from a measure with its category, title, bureaus and the package's date, the contact from the profile", async () => {
    const { wrapper } = await openForm(FROM_MEASURE)
    expect(wrapper.find('[data-test="intake-measure"]').text()).toContain('基础研究')
    expect(wrapper.find('[data-test="intake-measure"]').text()).toContain('2026-11-26')
    const [category, measure] = wrapper.findAllComponents(ElSelect)
    expect(category!.props('modelValue')).toBe('rnd')
    expect(measure!.props('modelValue')).toBe('basic-research')
    expect((wrapper.find('[data-test="field-title"]').element as HTMLInputElement).value).toContain('基础研究')
    expect(wrapper.find('[data-test="routing"]').text()).toBe('预计由市科委主办，市经济信息化委、市国资委、市商务委协办，服务管家确认后派单。')
    expect((wrapper.find('[data-test="field-contact-name"]').element as HTMLInputElement).value).toBe('王明远')
    expect((wrapper.find('[data-test="field-contact-phone"]').element as HTMLInputElement).value).toBe('021-5555 0101')
  })

  it('when the enterprise names no contact, the contact is the person signed in (name and phone from the token)', async () => {
    person = { name: '王明远', phone: '13800138000' }
    const { wrapper } = await openForm('/appeals/new', { 'GET /api/enterprises/me': () => reply(200, enterpriseA({ contactName: null, contactPhone: null })) })
    expect((wrapper.find('[data-test="field-contact-name"]').element as HTMLInputElement).value).toBe('王明远')
    expect((wrapper.find('[data-test="field-contact-phone"]').element as HTMLInputElement).value).toBe('13800138000')
  })

  it('checks the fields before calling the API', async () => {
    const { wrapper, posts, submit } = await openForm('/appeals/new')
    await submit()
    const errors = () => wrapper.findAll('.el-form-item__error').map((e) => e.text())
    await waitFor(() => expect(errors()).toEqual(['请选择诉求类别', '请填写标题（不超过 200 字）', '请填写诉求内容（不超过 5000 字）']))
    expect(wrapper.text()).toContain('请先修正标红的字段')
    expect(posts()).toHaveLength(0)
  })

  it('clears each message, then the banner, as soon as the fields are fixed (no second submit)', async () => {
    const { wrapper, submit } = await openForm('/appeals/new')
    await submit()
    const errors = () => wrapper.findAll('.el-form-item__error').map((e) => e.text())
    await waitFor(() => expect(errors()).toHaveLength(3))
    expect(wrapper.find('[data-test="invalid-summary"]').exists()).toBe(true)
    await wrapper.find('[data-test="field-title"]').setValue('研发费用加计扣除怎么申报')
    await waitFor(() => expect(errors()).toEqual(['请选择诉求类别', '请填写诉求内容（不超过 5000 字）']))
    await wrapper.find('[data-test="field-description"]').setValue('想了解申报材料。')
    await waitFor(() => expect(errors()).toEqual(['请选择诉求类别']))
    expect(wrapper.find('[data-test="invalid-summary"]').exists()).toBe(true)
    wrapper.findAllComponents(ElSelect)[0]!.vm.$emit('update:modelValue', 'rnd')
    await waitFor(() => expect(errors()).toEqual([]))
    expect(wrapper.find('[data-test="invalid-summary"]').exists()).toBe(false)
  })

  it("an API field problem goes once that field is edited", async () => {
    const { wrapper, describe, submit } = await openForm(FROM_MEASURE, {
      'POST /api/appeals': () =>
        reply(400, { statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'x', correlationId: 'c', details: [{ field: 'title', code: 'FORBIDDEN_CHARACTERS', messages: ['title must not…'] }] }),
    })
    await describe('说明')
    await submit()
    await waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true))
    await wrapper.find('[data-test="field-title"]').setValue('基础研究支持的申报')
    await waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(false))
  })

  it('sends the appeal with the measure, asOf and contact, with an Idempotency-Key, and shows the tracking number', async () => {
    const requests: Request[] = []
    const { wrapper, posts, describe, submit } = await openForm(FROM_MEASURE, { 'POST /api/appeals': (_b, r) => (requests.push(r), reply(201, created)) })
    await describe('我们今年基础研究投入6000万元，想了解申报材料。')
    await submit()
    expect(posts()).toHaveLength(1)
    expect(posts()[0]!.body).toEqual({
      categoryCode: 'rnd',
      title: expect.stringContaining('基础研究'),
      description: '我们今年基础研究投入6000万元，想了解申报材料。',
      measureId: 'basic-research',
      asOf: '2026-11-26',
      contactName: '王明远',
      contactPhone: '021-5555 0101',
    })
    expect(keysOf(requests)[0]).toMatch(/^appeal-[0-9a-f]{32}$/)
    expect(wrapper.find('[data-test="tracking-number"]').text()).toBe('SQ-2026-000123')
    // submitted: the draft is gone
    expect(sessionStorage.getItem('servicepack.appeal-draft.basic-research')).toBeNull()
  })

  it('keeps the draft and its key after a network failure: the retry sends the same key, and one appeal is made', async () => {
    const requests: Request[] = []
    let online = false
    const { wrapper, describe, submit } = await openForm(FROM_MEASURE, {
      'POST /api/appeals': (_b, r) => {
        requests.push(r)
        return online ? reply(201, created) : Promise.reject(new TypeError('Failed to fetch'))
      },
    })
    await describe('说明')
    await submit()
    expect(wrapper.find('[data-test="submit-failure"]').text()).toContain('无法连接服务器')
    expect(wrapper.find('[data-test="submit-failure"]').text()).toContain('不会重复创建诉求')
    expect(JSON.parse(sessionStorage.getItem('servicepack.appeal-draft.basic-research')!)).toMatchObject({ description: '说明', created: null })
    online = true
    await submit()
    expect(keysOf(requests)).toHaveLength(2)
    expect(keysOf(requests)[1]).toBe(keysOf(requests)[0])
    expect(wrapper.find('[data-test="tracking-number"]').text()).toBe('SQ-2026-000123')
  })

  it('sends once when submit is clicked twice', async () => {
    let answer: (r: Response) => void = () => undefined
    const { wrapper, posts, describe } = await openForm(FROM_MEASURE, { 'POST /api/appeals': () => new Promise<Response>((resolve) => (answer = resolve)) })
    await describe('说明')
    await wrapper.find('[data-test="submit-appeal"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-test="submit-appeal"]').trigger('click')
    await flushPromises()
    expect(posts()).toHaveLength(1)
    answer(reply(201, created))
    await flushPromises()
    expect(wrapper.find('[data-test="tracking-number"]').exists()).toBe(true)
  })

  it('a retry after a lost answer sends the same key, and the API’s replay is shown as the one appeal', async () => {
    const requests: Request[] = []
    let attempts = 0
    const { wrapper, posts, describe, submit } = await openForm(FROM_MEASURE, {
      'POST /api/appeals': (_b, r) => {
        requests.push(r)
        // the first attempt is made on the server but its answer is lost; the retry is answered 200 (a replay)
        return ++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : reply(200, created)
      },
    })
    await describe('说明')
    await submit()
    expect(wrapper.find('[data-test="submit-failure"]').exists()).toBe(true)
    await submit()
    expect(posts()).toHaveLength(2)
    expect(keysOf(requests)[1]).toBe(keysOf(requests)[0])
    expect(wrapper.find('[data-test="tracking-number"]').text()).toBe('SQ-2026-000123')
  })

  it('restores the draft after a reload, with its key', async () => {
    const requests: Request[] = []
    const first = await openForm(FROM_MEASURE, { 'POST /api/appeals': (_b, r) => (requests.push(r), Promise.reject(new TypeError('Failed to fetch'))) })
    await first.describe('刷新前写的内容')
    await first.submit()
    first.wrapper.unmount()
    const again = first.mountIt()
    await flushPromises()
    expect(again.find('[data-test="draft-restored"]').text()).toContain('已恢复您上次未提交的草稿')
    expect((again.find('[data-test="field-description"]').element as HTMLTextAreaElement).value).toBe('刷新前写的内容')
    await again.find('[data-test="submit-appeal"]').trigger('click')
    await flushPromises()
    expect(keysOf(requests)).toHaveLength(2)
    expect(keysOf(requests)[1]).toBe(keysOf(requests)[0])
  })

  it("puts the API's field problems on their fields, by code", async () => {
    const { wrapper, describe, submit } = await openForm(FROM_MEASURE, {
      'POST /api/appeals': () =>
        reply(400, { statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'x', correlationId: 'c', details: [{ field: 'title', code: 'FORBIDDEN_CHARACTERS', messages: ['title must not…'] }] }),
    })
    await describe('说明')
    await submit()
    await waitFor(() => expect(wrapper.find('.el-form-item__error').text()).toBe('标题含有不允许的字符（控制字符或不可见字符）'))
    expect(wrapper.text()).not.toContain('title must not')
  })

  it('after a key was used for other content, says so and uses a new key next time', async () => {
    const requests: Request[] = []
    let reused = true
    const { wrapper, describe, submit } = await openForm(FROM_MEASURE, {
      'POST /api/appeals': (_b, r) => {
        requests.push(r)
        return reused ? reply(409, { statusCode: 409, error: 'Conflict', code: 'IDEMPOTENCY_KEY_REUSED', message: 'x', correlationId: 'c' }) : reply(201, created)
      },
    })
    await describe('说明')
    await submit()
    expect(wrapper.find('[data-test="submit-failure"]').text()).toContain('此前的一次提交已经成功')
    reused = false
    await submit()
    expect(keysOf(requests)[1]).not.toBe(keysOf(requests)[0])
  })

  it('checks attachments before anything is sent, then uploads them to the new appeal with progress', async () => {
    let progress: (p: number) => void = () => undefined
    let finish: () => void = () => undefined
    const upload = vi.fn((r: UploadRequest) => {
      progress = r.onProgress!
      return new Promise((resolve) => (finish = () => resolve({ id: 'f', fileName: r.file.name, contentType: 'application/pdf', size: 1, uploadedBy: 'enterprise-a', createdAt: '2026-11-26T02:00:00.000Z' })))
    })
    const { wrapper, describe, submit, pick } = await openForm(FROM_MEASURE, {}, upload as never)
    await pick(new File(['MZ'], 'tool.exe'), pdf('big.pdf', 10 * 1024 * 1024 + 1), pdf('申报材料.pdf'))
    expect(wrapper.find('[data-test="attachment-problems"]').text()).toContain('tool.exe：不支持的文件类型')
    expect(wrapper.find('[data-test="attachment-problems"]').text()).toContain('big.pdf：文件超过 10 MB')
    expect(wrapper.findAll('[data-test="intake-file"]').map((f) => f.text())).toEqual([expect.stringContaining('申报材料.pdf')])
    expect(upload).not.toHaveBeenCalled()
    await describe('说明')
    await submit()
    expect(upload).toHaveBeenCalledTimes(1)
    expect(upload.mock.calls[0]![0].appealId).toBe(created.id)
    progress(60)
    await flushPromises()
    expect(wrapper.find('[data-test="intake-file-progress"]').text()).toContain('60%')
    expect(wrapper.find('[data-test="submit-appeal"]').text()).toBe('正在上传附件…')
    finish()
    await flushPromises()
    expect(wrapper.find('[data-test="tracking-number"]').text()).toBe('SQ-2026-000123')
  })

  it('when an upload fails the appeal still stands: the number shows, and the file can be sent again', async () => {
    const upload = vi.fn().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValueOnce({ id: 'f' })
    const { wrapper, posts, describe, submit, pick } = await openForm(FROM_MEASURE, {}, upload as never)
    await pick(pdf())
    await describe('说明')
    await submit()
    expect(wrapper.find('[data-test="tracking-number"]').text()).toBe('SQ-2026-000123')
    expect(wrapper.find('[data-test="uploads-failed"]').exists()).toBe(true)
    await wrapper.find('[data-test="retry-uploads"]').trigger('click')
    await flushPromises()
    expect(upload).toHaveBeenCalledTimes(2)
    expect(posts()).toHaveLength(1)
    expect(wrapper.find('[data-test="uploads-failed"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="view-appeal"]').exists()).toBe(true)
  })
})
