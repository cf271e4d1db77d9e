import { ApiError } from '@servicepack/api-client'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppealAttachment } from '../../appeals/types'
import { uploaderKey, type UploadRequest } from '../../appeals/upload'
import { createAppI18n } from '../../locales/app-i18n'
import { createAppRouter } from '../../router/guard'
import { createAppContext } from '../../testing/app-context'
import { testUsers } from '../../testing/fake-auth'
import AppealAttachments from './AppealAttachments.vue'

const appContext = createAppContext({
  router: (history) => createAppRouter({ routes: [{ path: '/', component: { render: () => null } }], history, defaultAccess: 'public', signedOut: 'sign-in' }),
  i18n: (locale) => createAppI18n({ 'zh-CN': {}, en: {} }, locale),
})
const stored = (id: string, fileName: string): AppealAttachment => ({ id, fileName, contentType: 'application/pdf', size: 348_160, uploadedBy: 'enterprise-a', uploadedByName: '王明远', createdAt: '2026-11-26T02:30:00.000Z' })

async function mountFiles(props: { attachments: AppealAttachment[]; canUpload: boolean }, upload = vi.fn(async (r: UploadRequest) => stored('new', r.file.name))) {
  const seen: { url: string; auth: string | null }[] = []
  const fetch = async (request: Request) => {
    seen.push({ url: new URL(request.url).pathname, auth: request.headers.get('authorization') })
    return new Response(new Blob(['%PDF']), { status: 200, headers: { 'content-type': 'application/pdf' } })
  }
  const context = await appContext({ fetch, session: testUsers('enterprise-a', '王明远')('enterprise') })
  const wrapper = mount(AppealAttachments, {
    props: { appealId: 'a-1', ...props },
    global: { ...context.global, provide: { ...context.global.provide, [uploaderKey as symbol]: upload } },
  })
  const pick = async (...files: File[]) => {
    const input = wrapper.find('[data-test="file-input"]')
    Object.defineProperty(input.element, 'files', { value: files, configurable: true })
    await input.trigger('change')
    await flushPromises()
  }
  return { wrapper, upload, seen, pick }
}

const pdf = (name = '申报材料.pdf', size = 100) => new File([new Uint8Array(size)], name, { type: 'application/pdf' })

afterEach(() => vi.restoreAllMocks())

describe('appeal attachments', () => {
  it('lists the files with size, who and when (Beijing time), and downloads one with the bearer token', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { wrapper, seen } = await mountFiles({ attachments: [stored('f-1', '申报材料.pdf')], canUpload: false })
    expect(wrapper.find('[data-test="attachment"]').text()).toContain('申报材料.pdf')
    expect(wrapper.find('[data-test="attachment"]').text()).toContain('340 KB · 王明远 · 2026-11-26 10:30')
    expect(wrapper.text()).not.toContain('enterprise-a')
    expect(wrapper.find('[data-test="add-files"]').exists()).toBe(false)
    await wrapper.find('[data-test="download"]').trigger('click')
    await flushPromises()
    expect(seen).toEqual([{ url: '/api/appeals/a-1/attachments/f-1', auth: 'Bearer token' }])
    expect(created).toHaveBeenCalledTimes(1)
    expect(click).toHaveBeenCalledTimes(1)
  })

  it('refuses a wrong type, an oversized file and a sixth file before anything is sent', async () => {
    const { wrapper, upload, pick } = await mountFiles({ attachments: ['1', '2', '3', '4'].map((n) => stored(n, `${n}.pdf`)), canUpload: true })
    await pick(new File(['MZ'], 'invoice.exe', { type: 'application/x-msdownload' }), pdf('big.pdf', 10 * 1024 * 1024 + 1), pdf('ok.pdf'), pdf('sixth.pdf'))
    const problems = wrapper.find('[data-test="attachment-problems"]').text()
    expect(problems).toContain('invoice.exe：不支持的文件类型')
    expect(problems).toContain('big.pdf：文件超过 10 MB')
    expect(problems).toContain('sixth.pdf：最多只能添加 5 个附件')
    expect(upload).toHaveBeenCalledTimes(1)
    expect(upload.mock.calls[0]![0].file.name).toBe('ok.pdf')
  })

  it('shows the progress of an upload, then emits the stored file', async () => {
    let progress: (p: number) => void = () => undefined
    let finish: (a: AppealAttachment) => void = () => undefined
    const upload = vi.fn((r: UploadRequest) => {
      progress = r.onProgress!
      return new Promise<AppealAttachment>((resolve) => (finish = resolve))
    })
    const { wrapper, pick } = await mountFiles({ attachments: [], canUpload: true }, upload)
    await pick(pdf())
    progress(40)
    await flushPromises()
    expect(wrapper.find('[data-test="upload-progress"]').text()).toContain('40%')
    finish(stored('new', '申报材料.pdf'))
    await flushPromises()
    expect(wrapper.emitted('uploaded')).toEqual([[stored('new', '申报材料.pdf')]])
    expect(wrapper.find('[data-test="upload"]').exists()).toBe(false)
  })

  it("says a refused upload by the API's code and offers to try again", async () => {
    const refusal = new ApiError({ statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'file must be a PDF…', correlationId: 'c', details: [{ field: 'file', code: 'NOT_ALLOWED', messages: [] }] })
    const upload = vi.fn().mockRejectedValueOnce(refusal).mockResolvedValueOnce(stored('new', 'a.pdf'))
    const { wrapper, pick } = await mountFiles({ attachments: [], canUpload: true }, upload)
    await pick(pdf('a.pdf'))
    expect(wrapper.find('[data-test="upload-error"]').text()).toBe('a.pdf 上传失败：文件内容不是 PDF、JPG、PNG、DOCX 或 XLSX（按文件内容判断，与文件名无关）')
    expect(wrapper.text()).not.toContain('file must be')
    await wrapper.find('[data-test="upload-retry"]').trigger('click')
    await flushPromises()
    expect(upload).toHaveBeenCalledTimes(2)
    expect(wrapper.emitted('uploaded')).toHaveLength(1)
  })
})
