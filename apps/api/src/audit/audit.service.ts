import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, LessThan, type EntityManager, type FindOptionsWhere } from 'typeorm'
import type { Principal } from '../auth/principal.js'
import { Clock } from '../common/clock.js'
import { CatalogueChange, type Catalogue } from './catalogue-change.entity.js'
import type { CatalogueChangeDto, CatalogueChangeListDto, CatalogueChangeQueryDto } from './audit.dto.js'
import { actorName } from '../auth/actor-name.js'

/** The audit trail of the administrators' catalogues: written in the transaction of each change. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(em: EntityManager, actor: Principal, catalogue: Catalogue, entryKey: string, action: string, before: unknown, after: unknown): Promise<void> {
    await em.insert(CatalogueChange, { at: this.clock.now(), actorSub: actor.sub, actorUsername: actor.username, actorName: actorName(actor), catalogue, entryKey, action, before: (before ?? null) as object, after: (after ?? null) as object })
  }

  /** Newest first, 50 a page (`before` = the last id seen). */
  async list(query: CatalogueChangeQueryDto): Promise<CatalogueChangeListDto> {
    const limit = query.limit ?? 50
    const where: FindOptionsWhere<CatalogueChange> = {}
    if (query.catalogue) where.catalogue = query.catalogue
    if (query.entryKey) where.entryKey = query.entryKey
    if (query.before) where.id = LessThan(query.before)
    const rows = await this.db.manager.find(CatalogueChange, { where, order: { id: 'DESC' }, take: limit + 1 })
    const items = rows.slice(0, limit).map(toDto)
    return { items, nextBefore: rows.length > limit ? items.at(-1)!.id : null }
  }
}

function toDto(c: CatalogueChange): CatalogueChangeDto {
  return { id: String(c.id), at: new Date(c.at).toISOString(), actorUsername: c.actorUsername, actorName: c.actorName ?? null, catalogue: c.catalogue, entryKey: c.entryKey, action: c.action, before: c.before ?? null, after: c.after ?? null }
}
