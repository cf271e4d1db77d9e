import { randomUUID } from 'node:crypto'

/**
 * An attachment's storage key: `<first two hex digits>/<random UUID>`, the same in every store (a
 * folder and a file on disk, an object key in a bucket), so a backup of one restores into the other.
 * Random, never derived from what the uploader called the file.
 */
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function newAttachmentKey(): string {
  const id = randomUUID()
  return `${id.slice(0, 2)}/${id}`
}

export function isAttachmentKey(key: string): boolean {
  return KEY.test(key)
}

/** Refuses anything but a key this module made (no `..`, no absolute paths, no other prefixes). */
export function assertAttachmentKey(key: string): string {
  if (!isAttachmentKey(key)) throw new Error(`not an attachment key: ${JSON.stringify(key)}`)
  return key
}
