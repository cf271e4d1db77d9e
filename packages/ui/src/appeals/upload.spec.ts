import { ApiError, ApiUnreachableError } from '@servicepack/api-client'
import { describe, expect, it } from 'vitest'
import { createXhrUploader } from './upload'

interface Sent {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
  status: number
  responseText: string
  responseHeaders: string
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null }
  onload: (() => void) | null
  onerror: (() => void) | null
}

/** A stand-in for XMLHttpRequest that records what is sent and answers as told. */
function fakeXhr(answer: (xhr: Sent) => void) {
  const sent: Sent[] = []
  class FakeXhr implements Sent {
    method = ''
    url = ''
    headers: Record<string, string> = {}
    body: unknown = null
    status = 0
    statusText = ''
    responseText = ''
    responseHeaders = ''
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    open(method: string, url: string) {
      this.method = method
      this.url = url
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value
    }
    getAllResponseHeaders() {
      return this.responseHeaders
    }
    send(body: unknown) {
      this.body = body
      sent.push(this)
      queueMicrotask(() => answer(this))
    }
  }
  return { Xhr: FakeXhr as unknown as typeof XMLHttpRequest, sent }
}

const pdf = () => new File(['%PDF-1.7'], '申报材料.pdf', { type: 'application/pdf' })
const stored = { id: 'f-1', fileName: '申报材料.pdf', contentType: 'application/pdf', size: 8, uploadedBy: 'enterprise-a', createdAt: '2026-11-26T02:00:00.000Z' }

describe('attachment upload through XMLHttpRequest', () => {
  it('sends the file as multipart field "file" with the bearer token, reports progress and resolves to the attachment', async () => {
    const { Xhr, sent } = fakeXhr((xhr) => {
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 4, total: 8 })
      xhr.status = 201
      xhr.responseText = JSON.stringify(stored)
      xhr.responseHeaders = 'content-type: application/json\r\n'
      xhr.onload?.()
    })
    const progress: number[] = []
    const upload = createXhrUploader('http://localhost:3000/', async () => 'tok', Xhr)
    await expect(upload({ appealId: 'a-1', file: pdf(), onProgress: (p) => progress.push(p) })).resolves.toEqual(stored)
    expect(sent[0]!.method).toBe('POST')
    expect(sent[0]!.url).toBe('http://localhost:3000/api/appeals/a-1/attachments')
    expect(sent[0]!.headers.Authorization).toBe('Bearer tok')
    expect((sent[0]!.body as FormData).get('file')).toBeInstanceOf(File)
    expect(progress).toEqual([50, 100])
  })

  it("turns the API's error answer into an ApiError with its code (the text is chosen by code)", async () => {
    const { Xhr } = fakeXhr((xhr) => {
      xhr.status = 400
      xhr.responseText = JSON.stringify({
        statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'file must be a PDF…', correlationId: 'c-1',
        details: [{ field: 'file', code: 'NOT_ALLOWED', messages: ['…'] }],
      })
      xhr.onload?.()
    })
    const failure = await createXhrUploader('http://api', async () => 'tok', Xhr)({ appealId: 'a-1', file: pdf() }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'file', code: 'NOT_ALLOWED' }] })
  })

  it('a 413 without a body still has a code, and a network failure is ApiUnreachableError', async () => {
    const tooBig = fakeXhr((xhr) => {
      xhr.status = 413
      xhr.onload?.()
    })
    await expect(createXhrUploader('http://api', async () => undefined, tooBig.Xhr)({ appealId: 'a', file: pdf() })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' })
    expect(tooBig.sent[0]!.headers.Authorization).toBeUndefined()
    const down = fakeXhr((xhr) => xhr.onerror?.())
    await expect(createXhrUploader('http://api', async () => 'tok', down.Xhr)({ appealId: 'a', file: pdf() })).rejects.toBeInstanceOf(ApiUnreachableError)
  })
})
