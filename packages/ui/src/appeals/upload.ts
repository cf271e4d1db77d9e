import { ApiError, ApiUnreachableError } from '@servicepack/api-client'
import { inject, type InjectionKey } from 'vue'
import { API_BASE_URL } from '../api'
import { useAuthStore } from '../auth/store'
import type { AppealAttachment } from './types'

export interface UploadRequest {
  appealId: string
  file: File
  /** 0–100 as the bytes go out. */
  onProgress?: (percent: number) => void
}

/** Sends one attachment; resolves to the stored attachment or throws `ApiError` / `ApiUnreachableError`. */
export type Uploader = (request: UploadRequest) => Promise<AppealAttachment>

/** Lets a test (or another transport) replace the uploader: `provide(uploaderKey, fake)`. */
export const uploaderKey: InjectionKey<Uploader> = Symbol('uploader')

function headersOf(raw: string): Headers {
  const headers = new Headers()
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':')
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim())
  }
  return headers
}

/**
 * Uploads through XMLHttpRequest, the one browser API that reports upload progress, with the same
 * bearer token and the same error shape (`ApiError` by code) as every other call of the client.
 */
export function createXhrUploader(baseUrl: string, getToken: () => Promise<string | undefined>, Xhr: typeof XMLHttpRequest = XMLHttpRequest): Uploader {
  return async ({ appealId, file, onProgress }) => {
    const url = `${baseUrl.replace(/\/+$/, '')}/api/appeals/${encodeURIComponent(appealId)}/attachments`
    const token = await getToken()
    const form = new FormData()
    form.append('file', file, file.name)
    return new Promise<AppealAttachment>((resolve, reject) => {
      const xhr = new Xhr()
      xhr.open('POST', url)
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)))
      }
      xhr.onload = () => {
        const response = new Response(xhr.responseText || null, { status: xhr.status, statusText: xhr.statusText, headers: headersOf(xhr.getAllResponseHeaders()) })
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress?.(100)
          response.json().then(resolve as (value: unknown) => void, reject)
        } else {
          ApiError.fromResponse(response).then(reject, reject)
        }
      }
      xhr.onerror = () => reject(new ApiUnreachableError(url, new Error('network error')))
      xhr.onabort = () => reject(new ApiUnreachableError(url, new Error('aborted')))
      xhr.send(form)
    })
  }
}

/** The uploader of this app: a provided one, else XHR to the API with the session's token. */
export function useUploader(): Uploader {
  const provided = inject(uploaderKey, null)
  if (provided) return provided
  const auth = useAuthStore()
  return createXhrUploader(API_BASE_URL, () => auth.getToken())
}
