import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { assertAttachmentKey, newAttachmentKey } from './attachment-key.js'

/**
 * Where attachment bytes live, behind a small interface: a folder (`FsAttachmentStore`, the dev
 * default) or an S3 bucket (`S3AttachmentStore`). Every method throws when the store fails; `get`
 * throws `AttachmentMissingError` when the key holds nothing; `remove` of a missing key succeeds.
 */
export abstract class AttachmentStore {
  /** Stores bytes under a new random key and returns it. */
  async put(bytes: Buffer): Promise<string> {
    const key = newAttachmentKey()
    await this.putAt(key, bytes)
    return key
  }
  /** Stores bytes under a given key (a restore puts each object back where it was). */
  abstract putAt(key: string, bytes: Buffer): Promise<void>
  abstract get(key: string): Promise<Buffer>
  abstract remove(key: string): Promise<void>
}

export class AttachmentMissingError extends Error {
  constructor(readonly key: string) {
    super(`attachment ${key} is missing from the store`)
    this.name = 'AttachmentMissingError'
  }
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code

/**
 * Files under a private folder (default `<repo>/.data/attachments`, mode 0700, which no dev server
 * serves), named by random keys, never by what the uploader called them.
 */
export class FsAttachmentStore extends AttachmentStore {
  constructor(private readonly root: string) {
    super()
  }

  async putAt(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key)
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    const tmp = `${file}.tmp`
    await writeFile(tmp, bytes, { mode: 0o600 })
    await rename(tmp, file)
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.file(key))
    } catch (e) {
      throw code(e) === 'ENOENT' ? new AttachmentMissingError(key) : e
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await unlink(this.file(key))
    } catch (e) {
      if (code(e) !== 'ENOENT') throw e
    }
  }

  private file(key: string): string {
    return path.join(this.root, assertAttachmentKey(key))
  }
}
