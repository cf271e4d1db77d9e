import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { catalogues, type RoutingEntry } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { AuditService } from '../audit/audit.service.js'
import type { Principal } from '../auth/principal.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { effectiveRouting, routingProblem, sameRouting, type EffectiveRouting, type RoutingValue } from './routing-catalogue.js'
import { RoutingEntryRow } from './routing-entry.entity.js'
import type { RoutingEntryDto, UpdateRoutingDto } from './routing.dto.js'
import { actorName } from '../auth/actor-name.js'

/** Serialises the administrators' changes to the routing catalogue (rare; one at a time is plenty). */
const LOCK = 'SELECT pg_advisory_xact_lock(hashtext($1))'

/**
 * The routing catalogue (派单目录) in force: the action plan's default with the administrators' entries
 * over it. Read on every appeal detail (16 rows, no cache), so every API instance suggests the same
 * bureaus right after a change. Changing it never touches an appeal already dispatched: the
 * dispatch stored its bureaus; only the next suggestion follows the catalogue.
 */
@Injectable()
export class RoutingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The catalogue in force, in the shape `suggestRouting` takes. */
  async catalogue(em: EntityManager = this.db.manager): Promise<RoutingEntry[]> {
    return (await this.effective(em)).map((e) => ({ code: e.code, lead: e.lead, assisting: e.assisting, districtGovernment: e.districtGovernment }))
  }

  async list(): Promise<RoutingEntryDto[]> {
    return (await this.effective(this.db.manager)).map(toDto)
  }

  /** Changes the given entries; an entry set back to the default is stored as the default (no row). */
  async update(actor: Principal, dto: UpdateRoutingDto): Promise<RoutingEntryDto[]> {
    const problems = dto.entries.flatMap((e, i) =>
      routingProblem({ lead: e.lead, assisting: e.assisting, districtGovernment: e.districtGovernment }) ? [fieldProblem(`entries.${i}.assisting`, 'INVALID', 'the lead bureau cannot assist as well')] : [],
    )
    if (problems.length) throw new InputInvalidException(problems)
    await this.db.transaction(async (em) => {
      await em.query(LOCK, ['routing_entries'])
      const current = new Map((await this.effective(em)).map((e) => [e.code, e]))
      for (const input of dto.entries) {
        const before = current.get(input.categoryCode)!
        if (before.version !== input.version) throw new ApiException(409, 'CONFLICT', `The routing of ${input.categoryCode} was changed by someone else (version ${before.version}, not ${input.version})`)
        const after: RoutingValue = { lead: input.lead, assisting: [...input.assisting], districtGovernment: input.districtGovernment }
        if (sameRouting(after, before)) continue
        if (sameRouting(after, before.default)) {
          await em.delete(RoutingEntryRow, { categoryCode: input.categoryCode })
        } else {
          await em.save(RoutingEntryRow, { categoryCode: input.categoryCode, leadBureau: after.lead, assistingBureaus: after.assisting, districtGovernment: after.districtGovernment, updatedAt: this.clock.now(), updatedBy: actor.username, updatedByName: actorName(actor) })
        }
        await this.audit.record(em, actor, 'routing', input.categoryCode, 'update', valueOf(before), after)
      }
    })
    return this.list()
  }

  /** Back to the action plan's default (idempotent: nothing is recorded when it already is). */
  async reset(actor: Principal, categoryCode: string): Promise<RoutingEntryDto[]> {
    if (!catalogues.appealCategories.some((c) => c.code === categoryCode)) throw new ApiException(404, 'NOT_FOUND', 'No such category in the routing catalogue')
    await this.db.transaction(async (em) => {
      await em.query(LOCK, ['routing_entries'])
      const before = (await this.effective(em)).find((e) => e.code === categoryCode)!
      if (!before.overridden) return
      await em.delete(RoutingEntryRow, { categoryCode })
      await this.audit.record(em, actor, 'routing', categoryCode, 'reset', valueOf(before), before.default)
    })
    return this.list()
  }

  private async effective(em: EntityManager): Promise<EffectiveRouting[]> {
    const rows = await em.find(RoutingEntryRow)
    const counts: { key: string; n: number }[] = await em.query(`SELECT entry_key AS key, count(*)::int AS n FROM catalogue_changes WHERE catalogue = 'routing' GROUP BY 1`)
    return effectiveRouting(catalogues.appealCategories, rows, new Map(counts.map((c) => [c.key, c.n])))
  }
}

const valueOf = (e: RoutingValue): RoutingValue => ({ lead: e.lead, assisting: e.assisting, districtGovernment: e.districtGovernment })

function toDto(e: EffectiveRouting): RoutingEntryDto {
  return {
    categoryCode: e.code,
    lead: e.lead,
    assisting: e.assisting,
    districtGovernment: e.districtGovernment,
    default: e.default,
    overridden: e.overridden,
    version: e.version,
    updatedAt: e.updatedAt ? new Date(e.updatedAt).toISOString() : null,
    updatedBy: e.updatedBy,
    updatedByName: e.updatedByName,
  }
}
