import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import { AuditService } from '../audit/audit.service.js'
import type { Principal } from '../auth/principal.js'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import { ResponseTemplate } from './response-template.entity.js'
import type { CreateResponseTemplateDto, ResponseTemplateDto, UpdateResponseTemplateDto } from './response-template.dto.js'
import { actorName } from '../auth/actor-name.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const notFound = () => new ApiException(404, 'NOT_FOUND', 'No such response template')

/** Response templates per bureau: kept by administrators (audited), picked by the lead bureau when answering. */
@Injectable()
export class ResponseTemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** A bureau officer sees their own bureau's templates only, whatever they ask for. */
  async list(viewer: Principal, bureau: string | undefined): Promise<ResponseTemplateDto[]> {
    const staff = viewer.roles.includes('admin') || viewer.roles.includes('coordinator')
    const scope = staff ? bureau : (viewer.bureau ?? '-')
    const rows = await this.db.manager.find(ResponseTemplate, { where: scope ? { bureau: scope } : {}, order: { bureau: 'ASC', title: 'ASC', id: 'ASC' } })
    return rows.map(toDto)
  }

  async create(actor: Principal, dto: CreateResponseTemplateDto): Promise<ResponseTemplateDto> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now()
      const saved = await em.save(em.create(ResponseTemplate, { bureau: dto.bureau, title: dto.title, body: dto.body, createdAt: now, updatedAt: now, updatedBy: actor.username, updatedByName: actorName(actor) }))
      await this.audit.record(em, actor, 'response-templates', saved.id, 'create', null, contentOf(saved))
      return toDto(saved)
    })
  }

  async update(actor: Principal, id: string, dto: UpdateResponseTemplateDto): Promise<ResponseTemplateDto> {
    if (!UUID.test(id)) throw notFound()
    return this.db.transaction(async (em) => {
      const row = await em.findOne(ResponseTemplate, { where: { id }, lock: { mode: 'pessimistic_write' } })
      if (!row) throw notFound()
      if (row.version !== dto.version) throw new ApiException(409, 'CONFLICT', `The template was changed by someone else (version ${row.version}, not ${dto.version})`)
      const before = contentOf(row)
      Object.assign(row, { bureau: dto.bureau, title: dto.title, body: dto.body, updatedAt: this.clock.now(), updatedBy: actor.username, updatedByName: actorName(actor) })
      const saved = await em.save(row)
      await this.audit.record(em, actor, 'response-templates', id, 'update', before, contentOf(saved))
      return toDto(saved)
    })
  }

  async remove(actor: Principal, id: string): Promise<void> {
    if (!UUID.test(id)) throw notFound()
    await this.db.transaction(async (em) => {
      const row = await em.findOne(ResponseTemplate, { where: { id }, lock: { mode: 'pessimistic_write' } })
      if (!row) throw notFound()
      await em.delete(ResponseTemplate, { id })
      await this.audit.record(em, actor, 'response-templates', id, 'delete', contentOf(row), null)
    })
  }
}

const contentOf = (t: ResponseTemplate) => ({ bureau: t.bureau, title: t.title, body: t.body })

function toDto(t: ResponseTemplate): ResponseTemplateDto {
  return { id: t.id, bureau: t.bureau, title: t.title, body: t.body, version: t.version, updatedAt: new Date(t.updatedAt).toISOString(), updatedBy: t.updatedBy, updatedByName: t.updatedByName ?? null }
}
