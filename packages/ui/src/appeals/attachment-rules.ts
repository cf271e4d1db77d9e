/**
 * What the API accepts as an attachment, checked in the browser before an upload starts (the API
 * checks again, from the file's content): at most 5 per appeal, at most 10 MB each, PDF, JPG, PNG,
 * DOCX or XLSX.
 */
export const MAX_ATTACHMENTS = 5
export const MAX_ATTACHMENT_MB = 10
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The file picker's `accept`. */
export const ATTACHMENT_ACCEPT = [...Object.keys(TYPES).map((ext) => `.${ext}`), ...new Set(Object.values(TYPES))].join(',')

export type AttachmentProblem = 'type' | 'size' | 'empty' | 'count'

/** Why a file cannot be attached, or null. A browser may report no type (''): the name decides then. */
export function attachmentProblem(file: { name: string; size: number; type: string }): Exclude<AttachmentProblem, 'count'> | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''
  const expected = TYPES[ext]
  if (!expected || (file.type !== '' && file.type !== expected)) return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size'
  return null
}

/** Splits picked files into those to upload and those refused (with why), `already` being attached or queued. */
export function checkAttachments<F extends { name: string; size: number; type: string }>(
  files: readonly F[],
  already: number,
): { accepted: F[]; rejected: { file: F; problem: AttachmentProblem }[] } {
  const accepted: F[] = []
  const rejected: { file: F; problem: AttachmentProblem }[] = []
  for (const file of files) {
    const problem = attachmentProblem(file)
    if (problem) rejected.push({ file, problem })
    else if (already + accepted.length >= MAX_ATTACHMENTS) rejected.push({ file, problem: 'count' })
    else accepted.push(file)
  }
  return { accepted, rejected }
}

/** 340 KB, 1.2 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}
