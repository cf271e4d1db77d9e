import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Where attachment bytes live, behind a small interface (filesystem now; object storage later). */
export abstract class AttachmentStore {
  /** Stores bytes and returns the key to read them back. */
  abstract put(bytes: Buffer): Promise<string>
  abstract get(key: string): Promise<Buffer>
  abstract remove(key: string): Promise<void>
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/

/**
 * Files under a private folder (default `<repo>/.data/attachments`, mode 0700, which no dev server
 * serves), named by random keys, never by what the uploader called them.
 */
export class FsAttachmentStore extends AttachmentStore {
  constructor(private readonly root: string) {
    super()
  }

  async put(bytes: Buffer): Promise<string> {
    const id = randomUUID()
    const key = `${id.slice(0, 2)}/${id}`
    const file = this.file(key)
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    const tmp = `${file}.tmp`
    await writeFile(tmp, bytes, { mode: 0o600 })
    await rename(tmp, file)
    return key
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.file(key))
  }

  async remove(key: string): Promise<void> {
    await unlink(this.file(key)).catch(() => undefined)
  }

  private file(key: string): string {
    if (!KEY.test(key)) throw new Error(`not an attachment key: ${key}`)
    return path.join(this.root, key)
  }
}
