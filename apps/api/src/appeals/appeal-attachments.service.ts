import { Injectable, Logger } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { createHash } from 'node:crypto'
import { DataSource } from 'typeorm'
import { AttachmentMissingError, AttachmentStore } from '../attachments/attachment-store.js'
import { allowedTypeOf, MAX_ATTACHMENTS_PER_APPEAL, safeFileName } from '../attachments/attachment-type.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import type { Viewer } from '../auth/viewer.js'
import { AppealAttachment } from './appeal-attachment.entity.js'
import { AppealEvent } from './appeal-event.entity.js'
import { decide } from './appeal-state.js'
import type { AttachmentDto } from './appeal-response.dto.js'
import { appealNotFound as notFound, findVisible } from './appeal-records.js'
import { actorName } from '../auth/actor-name.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const storeDown = () => new ApiException(503, 'SERVICE_UNAVAILABLE', 'The attachment store is unavailable; try again later')

/**
 * Attachments of an appeal: whoever may write on it (its parties, while it is open) may attach up
 * to five files and remove those they attached; whoever may see it may download them. The type is
 * read from the content.
 *
 * The row and the object: the bytes are stored first, then the row is written; if the row cannot
 * be written the object is removed again (no row, no orphan). A removal deletes the row first and
 * the object after that transaction commits; an object that cannot be removed then is logged (an
 * orphan costs storage, never a wrong answer) and the caller still gets 204.
 */
@Injectable()
export class AppealAttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
  ) {}

  private readonly logger = new Logger(AppealAttachmentsService.name)

  async add(viewer: Viewer, id: string, file: { fileName: string; bytes: Buffer }): Promise<AttachmentDto> {
    if (!UUID.test(id)) throw notFound()
    const mime = await allowedTypeOf(file.bytes)
    if (!mime) throw new InputInvalidException([fieldProblem('file', 'NOT_ALLOWED', 'file must be a PDF, JPG, PNG, DOCX or XLSX document (read from its content, not its name)')])
    const key = await this.store.put(file.bytes).catch((e: unknown) => {
      this.logger.error(`storing an attachment failed: ${String(e)}`)
      throw storeDown()
    })
    try {
      return await this.db.transaction(async (em) => {
        const { appeal, access } = await findVisible(viewer, id, { em, lock: true })
        const decision = decide(appeal, 'message', access.parties)
        if (!decision.ok) throw decision.reason === 'party' ? new ApiException(403, 'FORBIDDEN', 'You may not attach files to this appeal') : new ApiException(409, 'INVALID_TRANSITION', `Cannot attach files to an appeal that is ${appeal.status}`)
        const count = await em.count(AppealAttachment, { where: { appealId: id } })
        if (count >= MAX_ATTACHMENTS_PER_APPEAL) throw new ApiException(409, 'CONFLICT', `An appeal holds at most ${MAX_ATTACHMENTS_PER_APPEAL} attachments`)
        const now = this.clock.now()
        const saved = await em.save(
          em.create(AppealAttachment, {
            appealId: id,
            fileName: safeFileName(file.fileName, mime),
            contentType: mime,
            size: file.bytes.length,
            sha256: createHash('sha256').update(file.bytes).digest('hex'),
            storageKey: key,
            uploadedBy: viewer.principal.username,
            uploadedByName: actorName(viewer.principal),
            createdAt: now,
          }),
        )
        await em.save(
          em.create(AppealEvent, {
            appealId: id, at: now, actorSub: viewer.principal.sub, actorUsername: viewer.principal.username, actorName: actorName(viewer.principal), party: access.parties[0] ?? 'owner',
            actorBureau: viewer.principal.bureau, action: 'attach', fromStatus: appeal.status, toStatus: appeal.status, note: saved.fileName, data: { attachmentId: saved.id, size: saved.size },
          }),
        )
        return { id: saved.id, fileName: saved.fileName, contentType: saved.contentType, size: saved.size, uploadedBy: saved.uploadedBy, uploadedByName: saved.uploadedByName ?? null, createdAt: now.toISOString() }
      })
    } catch (e) {
      await this.removeObject(key) // nothing half-written: no row, no orphan object
      throw e
    }
  }

  async get(viewer: Viewer, id: string, attachmentId: string): Promise<{ meta: AppealAttachment; bytes: Buffer }> {
    if (!UUID.test(id) || !UUID.test(attachmentId)) throw notFound()
    await findVisible(viewer, id, { em: this.db.manager })
    const meta = await this.db.manager.findOneBy(AppealAttachment, { id: attachmentId, appealId: id })
    if (!meta) throw new ApiException(404, 'NOT_FOUND', 'No such attachment')
    try {
      return { meta, bytes: await this.store.get(meta.storageKey) }
    } catch (e) {
      this.logger.error(`reading attachment ${meta.id} (${meta.storageKey}) failed: ${String(e)}`)
      if (e instanceof AttachmentMissingError) throw new ApiException(404, 'NOT_FOUND', 'The attachment\'s content is missing from the store')
      throw storeDown()
    }
  }

  /** Removes an attachment its uploader added, while the appeal is open: the row (and a `detach` event), then the object. */
  async remove(viewer: Viewer, id: string, attachmentId: string): Promise<void> {
    if (!UUID.test(id) || !UUID.test(attachmentId)) throw notFound()
    const key = await this.db.transaction(async (em) => {
      const { appeal, access } = await findVisible(viewer, id, { em, lock: true })
      const meta = await em.findOneBy(AppealAttachment, { id: attachmentId, appealId: id })
      if (!meta) throw new ApiException(404, 'NOT_FOUND', 'No such attachment')
      const decision = decide(appeal, 'message', access.parties)
      if (!decision.ok || meta.uploadedBy !== viewer.principal.username) {
        throw decision.ok || decision.reason === 'party' ? new ApiException(403, 'FORBIDDEN', 'Only whoever attached a file may remove it') : new ApiException(409, 'INVALID_TRANSITION', `Cannot remove files from an appeal that is ${appeal.status}`)
      }
      await em.delete(AppealAttachment, { id: meta.id })
      await em.save(
        em.create(AppealEvent, {
          appealId: id, at: this.clock.now(), actorSub: viewer.principal.sub, actorUsername: viewer.principal.username, actorName: actorName(viewer.principal), party: access.parties[0] ?? 'owner',
          actorBureau: viewer.principal.bureau, action: 'detach', fromStatus: appeal.status, toStatus: appeal.status, note: meta.fileName, data: { attachmentId: meta.id, size: meta.size },
        }),
      )
      return meta.storageKey
    })
    await this.removeObject(key) // after the commit: a rolled-back delete never loses the bytes
  }

  /** Removes an object; a failure is logged (an orphan to clean up), never the caller's error. */
  private async removeObject(key: string): Promise<void> {
    await this.store.remove(key).catch((e: unknown) => this.logger.warn(`removing attachment object ${key} failed (left as an orphan): ${String(e)}`))
  }
}
