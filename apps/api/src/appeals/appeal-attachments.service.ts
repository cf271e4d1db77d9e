import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { createHash } from 'node:crypto'
import { DataSource } from 'typeorm'
import { AttachmentStore } from '../attachments/attachment-store.js'
import { allowedTypeOf, MAX_ATTACHMENTS_PER_APPEAL, safeFileName } from '../attachments/attachment-type.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import type { Viewer } from '../enterprises/enterprises.service.js'
import { appealAccess } from './appeal-access.js'
import { AppealAttachment } from './appeal-attachment.entity.js'
import { AppealEvent } from './appeal-event.entity.js'
import { decide } from './appeal-state.js'
import { Appeal } from './appeal.entity.js'
import type { AttachmentDto } from './appeal.dto.js'
import { appealViewer } from './appeals.service.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const notFound = () => new ApiException(404, 'APPEAL_NOT_FOUND', 'Appeal not found')

/**
 * Attachments of an appeal: whoever may write on it (its parties, while it is open) may attach up
 * to five files; whoever may see it may download them. The type is read from the content.
 */
@Injectable()
export class AppealAttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
  ) {}

  async add(viewer: Viewer, id: string, file: { fileName: string; bytes: Buffer }): Promise<AttachmentDto> {
    if (!UUID.test(id)) throw notFound()
    const mime = await allowedTypeOf(file.bytes)
    if (!mime) throw new InputInvalidException([fieldProblem('file', 'NOT_ALLOWED', 'file must be a PDF, JPG, PNG, DOCX or XLSX document (read from its content, not its name)')])
    const key = await this.store.put(file.bytes)
    try {
      return await this.db.transaction(async (em) => {
        const appeal = await em.findOne(Appeal, { where: { id }, lock: { mode: 'pessimistic_write' } })
        const access = appeal ? appealAccess(appealViewer(viewer), appeal) : null
        if (!appeal || !access?.visible) throw notFound()
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
            createdAt: now,
          }),
        )
        await em.save(
          em.create(AppealEvent, {
            appealId: id, at: now, actorSub: viewer.principal.sub, actorUsername: viewer.principal.username, party: access.parties[0] ?? 'owner',
            actorBureau: viewer.principal.bureau, action: 'attach', fromStatus: appeal.status, toStatus: appeal.status, note: saved.fileName, data: { attachmentId: saved.id, size: saved.size },
          }),
        )
        return { id: saved.id, fileName: saved.fileName, contentType: saved.contentType, size: saved.size, uploadedBy: saved.uploadedBy, createdAt: now.toISOString() }
      })
    } catch (e) {
      await this.store.remove(key) // nothing half-written: no row, no orphan file
      throw e
    }
  }

  async get(viewer: Viewer, id: string, attachmentId: string): Promise<{ meta: AppealAttachment; bytes: Buffer }> {
    if (!UUID.test(id) || !UUID.test(attachmentId)) throw notFound()
    const appeal = await this.db.manager.findOneBy(Appeal, { id })
    if (!appeal || !appealAccess(appealViewer(viewer), appeal).visible) throw notFound()
    const meta = await this.db.manager.findOneBy(AppealAttachment, { id: attachmentId, appealId: id })
    if (!meta) throw new ApiException(404, 'NOT_FOUND', 'No such attachment')
    return { meta, bytes: await this.store.get(meta.storageKey) }
  }
}
