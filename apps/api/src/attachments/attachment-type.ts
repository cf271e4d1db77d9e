import { fileTypeFromBuffer } from 'file-type'

/** What may be attached, by content (magic bytes), not by name: PDF, JPEG, PNG, DOCX, XLSX. */
export const ALLOWED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const MAX_ATTACHMENTS_PER_APPEAL = 5

/** The detected MIME type when it is allowed, else null (unknown, an executable, a zip, …). */
export async function allowedTypeOf(bytes: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes)
  return detected && detected.mime in ALLOWED_TYPES ? detected.mime : null
}

/** A file name safe to show and to put in Content-Disposition: no paths, controls or quotes; bounded. */
export function safeFileName(name: string, mime: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- strip control characters
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"]/g, '').trim().slice(-200)
  const ext = ALLOWED_TYPES[mime]!
  const stem = cleaned.replace(/\.[^.]*$/, '') || 'attachment'
  return `${stem}.${ext}`
}

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
