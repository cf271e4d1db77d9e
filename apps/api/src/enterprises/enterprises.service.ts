import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import type { Facts } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { assertExportSize, EXPORT_MAX_ROWS, type ExportTable } from '../common/table-files.js'
import { ApiException, fieldProblem, InputInvalidException, type FieldProblem } from '../common/error-shape.js'
import { enqueueEvaluation } from '../evaluations/evaluation-jobs.js'
import { JobQueue } from '../jobs/job-queue.service.js'
import { MeasuresService } from '../measures/measures.service.js'
import { actorName } from '../auth/actor-name.js'
import type { Principal } from '../auth/principal.js'
import type { Viewer } from '../auth/viewer.js'
import { enterpriseCount, enterprisePage, enterpriseRows } from './enterprise-list.queries.js'
import { enterpriseAccess, enterpriseScope, type EnterpriseAccess } from './enterprise-access.js'
import { enterpriseExportTable } from './enterprise-export.js'
import { findVisible } from './enterprise-records.js'
import { EnterpriseChange, type FieldChange } from './enterprise-change.entity.js'
import { Enterprise } from './enterprise.entity.js'
import type {
  AssignStewardDto,
  AssignStewardsDto,
  AssignStewardsResultDto,
  ChangeDto,
  ChangeListDto,
  EnterpriseCountsDto,
  EnterpriseDto,
  EnterpriseListDto,
  EnterpriseListQueryDto,
  HistoryQueryDto,
  PackageDto,
  StewardDto,
  UpdateEnterpriseDto,
} from './enterprise.dto.js'
import { applyProfilePatch } from './profile-patch.js'
import { accountName, stewardChanges, stewardIdentity, type StewardAccount } from './steward.js'

@Injectable()
export class EnterprisesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly measures: MeasuresService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  async get(viewer: Viewer, uscc: string): Promise<EnterpriseDto> {
    const { enterprise, access } = await findVisible(viewer, uscc, { em: this.db.manager })
    return toDto(enterprise, access, await this.account(this.db.manager, enterprise.stewardSub))
  }

  /** Partial update in one transaction under a row lock; a stale `version` is refused with 409. */
  async update(viewer: Viewer, uscc: string, patch: UpdateEnterpriseDto): Promise<EnterpriseDto> {
    return this.db.transaction(async (em) => {
      const { enterprise: current, access } = await findVisible(viewer, uscc, { em: em, action: 'update' })
      assertVersion(current, patch.version)
      const result = applyProfilePatch(current, patch)
      if (!result.ok) throw new InputInvalidException(result.problems)
      const account = await this.account(em, current.stewardSub)
      if (result.changes.length === 0) return toDto(current, access, account)
      const factsChanged = JSON.stringify(current.facts) !== JSON.stringify(result.facts)
      Object.assign(current, result.fields, { facts: result.facts, isKey: result.isKey })
      const saved = await em.save(current)
      await this.record(em, uscc, viewer.principal, result.changes)
      // the kept evaluation follows the facts (issue 23 §2), committed with them or not at all
      if (factsChanged) await enqueueEvaluation(this.jobs, em, uscc)
      return toDto(saved, access, account)
    })
  }

  async package(viewer: Viewer, uscc: string, asOf: string | undefined): Promise<PackageDto> {
    const date = this.measures.asOf(asOf)
    const { enterprise } = await findVisible(viewer, uscc, { em: this.db.manager })
    return { uscc, ...this.measures.evaluate(enterprise.facts as Facts, date), steward: stewardOf(enterprise, await this.account(this.db.manager, enterprise.stewardSub)) }
  }

  /**
   * The enterprise's history, newest first, a page at a time. A change that changed nothing (the same
   * value before and after, as rows written before that was refused may hold) is not history: it is
   * left out, and so is a row left with no change. With `field`, only that field's changes.
   */
  async history(viewer: Viewer, uscc: string, query: HistoryQueryDto = {}): Promise<ChangeListDto> {
    await findVisible(viewer, uscc, { em: this.db.manager })
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 20
    const field = query.field ? query.field : null
    const kept = `CROSS JOIN LATERAL (
        SELECT jsonb_agg(x ORDER BY n) AS changes
        FROM jsonb_array_elements(c.changes) WITH ORDINALITY AS e(x, n)
        WHERE x->'from' IS DISTINCT FROM x->'to' AND ($2::text IS NULL OR x->>'field' = $2)
      ) kept
      WHERE c.uscc = $1 AND kept.changes IS NOT NULL`
    const [rows, [count], fields] = await Promise.all([
      // The actor's name as the directory of signed-in users last saw it (the SSO's `name` claim).
      this.db.query<{ id: string; at: Date; actor_username: string; actor_name: string | null; changes: FieldChange[] }[]>(
        `SELECT c.id, c.at, c.actor_username, u.name AS actor_name, kept.changes FROM enterprise_changes c
         LEFT JOIN users u ON u.sub = c.actor_sub ${kept}
         ORDER BY c.at DESC, c.id DESC LIMIT $3 OFFSET $4`,
        [uscc, field, pageSize, (page - 1) * pageSize],
      ),
      this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM enterprise_changes c ${kept}`, [uscc, field]),
      this.db.query<{ field: string }[]>(
        `SELECT DISTINCT x->>'field' AS field FROM enterprise_changes c, jsonb_array_elements(c.changes) x
         WHERE c.uscc = $1 AND x->'from' IS DISTINCT FROM x->'to' ORDER BY 1`,
        [uscc],
      ),
    ])
    return {
      items: rows.map((r): ChangeDto => ({ id: String(r.id), at: new Date(r.at).toISOString(), actorUsername: r.actor_username, actorName: r.actor_name, changes: r.changes })),
      total: count?.total ?? 0,
      page,
      pageSize,
      fields: fields.map((f) => f.field),
    }
  }

  /** Key enterprises first, then by name (or by the column asked for); search in name and USCC. */
  async list(viewer: Viewer, query: EnterpriseListQueryDto): Promise<EnterpriseListDto> {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 20
    const scope = enterpriseScope(viewer)
    if (scope === false) return { items: [], total: 0, page, pageSize }
    const { items, total } = await enterprisePage(this.db, query, viewer.principal.sub, scope, (page - 1) * pageSize, pageSize)
    return { items, total, page, pageSize }
  }

  /**
   * Every enterprise of the list with these filters (same scope, same order, no paging) as a table to
   * download; more than EXPORT_MAX_ROWS is refused with 400 EXPORT_TOO_LARGE (table-files.ts), never cut.
   */
  async exportTable(viewer: Viewer, query: Omit<EnterpriseListQueryDto, 'page' | 'pageSize'>): Promise<ExportTable> {
    const scope = enterpriseScope(viewer)
    if (scope === false) return enterpriseExportTable([], this.clock.today())
    assertExportSize(await enterpriseCount(this.db, query, viewer.principal.sub, scope), 'enterprises')
    return enterpriseExportTable(await enterpriseRows(this.db, query, viewer.principal.sub, scope, EXPORT_MAX_ROWS), this.clock.today())
  }

  /** The figures of the coordinators' 工作台 (a legacy steward not linked to an account counts as 未分配). */
  async counts(viewer: Viewer): Promise<EnterpriseCountsDto> {
    const zero = { total: 0, key: 0, unassigned: 0, keyUnassigned: 0, mine: 0 }
    const scope = enterpriseScope(viewer)
    if (scope === false) return zero
    const qb = this.db.createQueryBuilder().from(Enterprise, 'e').select([
      'count(*)::int AS total',
      'count(*) FILTER (WHERE e.is_key)::int AS key',
      'count(*) FILTER (WHERE e.steward_sub IS NULL)::int AS unassigned',
      'count(*) FILTER (WHERE e.is_key AND e.steward_sub IS NULL)::int AS "keyUnassigned"',
      'count(*) FILTER (WHERE e.steward_sub = :me)::int AS mine',
    ]).setParameters({ me: viewer.principal.sub })
    if (scope) qb.where(scope.sql, scope.params)
    return (await qb.getRawOne<EnterpriseCountsDto>()) ?? zero
  }

  /**
   * One steward for many enterprises (the coordinator's bulk assignment): all or nothing, in one
   * transaction with the rows locked in USCC order. An unknown USCC is 404 and a version that is not
   * the current one 409, each naming the enterprises concerned in `details`; nothing is written then.
   * An enterprise that already has exactly this steward is left as it is (no history, same version).
   */
  async assignStewards(viewer: Viewer, dto: AssignStewardsDto): Promise<AssignStewardsResultDto> {
    const targets = dto.enterprises
    for (const target of targets) {
      const access = enterpriseAccess(viewer, target.uscc)
      if (!access.actions.includes('assignSteward')) throw new ApiException(403, 'FORBIDDEN', 'You may not assign stewards')
    }
    return this.db.transaction(async (em) => {
      const steward = await this.coordinator(em, dto.stewardSub)
      const rows = await em
        .createQueryBuilder(Enterprise, 'e')
        .where('e.uscc IN (:...usccs)', { usccs: targets.map((t) => t.uscc) })
        .orderBy('e.uscc', 'ASC')
        .setLock('pessimistic_write')
        .getMany()
      const byUscc = new Map(rows.map((e) => [e.uscc, e]))
      const missing: FieldProblem[] = []
      const stale: FieldProblem[] = []
      targets.forEach((target, i) => {
        const current = byUscc.get(target.uscc)
        if (!current) missing.push(fieldProblem(`enterprises.${i}.uscc`, 'NOT_FOUND', `Enterprise ${target.uscc} not found`))
        else if (current.version !== target.version) {
          stale.push(fieldProblem(`enterprises.${i}.version`, 'STALE', `Enterprise ${target.uscc} was changed by someone else (version ${current.version}, yours ${target.version})`))
        }
      })
      if (missing.length) throw new ApiException(404, 'ENTERPRISE_NOT_FOUND', `${missing.length} of the enterprises were not found; nothing was assigned.`, missing)
      if (stale.length) {
        throw new ApiException(409, 'PROFILE_VERSION_CONFLICT', `${stale.length} of the enterprises were changed by someone else since they were read; nothing was assigned. Reload and try again.`, stale)
      }
      const accounts = await this.accounts(em, rows.map((e) => e.stewardSub))
      const next = { sub: steward.sub, username: steward.username, name: accountName(steward), phone: dto.phone }
      const result: AssignStewardsResultDto = { changed: [], unchanged: [] }
      for (const target of targets) {
        const current = byUscc.get(target.uscc)!
        const changes = stewardChanges(stewardIdentity(current, accounts.get(current.stewardSub ?? '')), next)
        if (changes.length === 0) {
          result.unchanged.push(target.uscc)
          continue
        }
        this.setSteward(current, viewer, next)
        await em.save(current)
        await this.record(em, target.uscc, viewer.principal, changes)
        result.changed.push(target.uscc)
      }
      return result
    })
  }

  /** Assigns the 服务管家 (a coordinator account); an unchanged assignment changes nothing (no history row, same version). */
  async assignSteward(viewer: Viewer, uscc: string, dto: AssignStewardDto): Promise<EnterpriseDto> {
    return this.db.transaction(async (em) => {
      const { enterprise: current, access } = await findVisible(viewer, uscc, { em: em, action: 'assignSteward' })
      assertVersion(current, dto.version)
      const steward = await this.coordinator(em, dto.stewardSub)
      const next = { sub: steward.sub, username: steward.username, name: accountName(steward), phone: dto.phone }
      const changes = stewardChanges(stewardIdentity(current, await this.account(em, current.stewardSub)), next)
      if (changes.length === 0) return toDto(current, access, steward)
      this.setSteward(current, viewer, next)
      const saved = await em.save(current)
      await this.record(em, uscc, viewer.principal, changes)
      return toDto(saved, access, steward)
    })
  }

  private setSteward(e: Enterprise, viewer: Viewer, next: { sub: string; phone: string }): void {
    Object.assign(e, {
      stewardSub: next.sub,
      stewardPhone: next.phone,
      // an account replaces the legacy free text for good
      stewardLegacyName: null,
      stewardLegacyEmail: null,
      stewardAssignedBy: viewer.principal.username,
      stewardAssignedByName: actorName(viewer.principal),
      stewardAssignedAt: this.clock.now(),
    })
  }

  /**
   * The coordinator account a steward assignment names, from the users directory (the coordinators
   * who have signed in). Anyone else — unknown, or without the coordinator role — is refused with 400
   * naming `stewardSub` (NOT_ALLOWED). The row is share-locked so it cannot vanish meanwhile.
   */
  private async coordinator(em: EntityManager, sub: string): Promise<StewardAccount> {
    const [row] = await em.query<StewardAccount[]>(`SELECT sub, username, name, email FROM users WHERE sub = $1 AND 'coordinator' = ANY(roles) FOR SHARE`, [sub])
    if (!row) throw new InputInvalidException([fieldProblem('stewardSub', 'NOT_ALLOWED', 'stewardSub must be a coordinator who has signed in (GET /api/users/coordinators)')])
    return row
  }

  private async account(em: EntityManager, sub: string | null): Promise<StewardAccount | null> {
    if (!sub) return null
    return (await this.accounts(em, [sub])).get(sub) ?? null
  }

  private async accounts(em: EntityManager, subs: (string | null)[]): Promise<Map<string, StewardAccount>> {
    const wanted = [...new Set(subs.filter((s): s is string => !!s))]
    if (wanted.length === 0) return new Map()
    const rows = await em.query<StewardAccount[]>(`SELECT sub, username, name, email FROM users WHERE sub = ANY($1)`, [wanted])
    return new Map(rows.map((r) => [r.sub, r]))
  }

  private async record(em: EntityManager, uscc: string, actor: Principal, changes: FieldChange[]): Promise<void> {
    await em.insert(EnterpriseChange, { uscc, actorSub: actor.sub, actorUsername: actor.username, changes, at: this.clock.now() })
  }
}

function assertVersion(current: Enterprise, version: number | undefined): void {
  if (version !== undefined && version !== current.version) {
    throw new ApiException(409, 'PROFILE_VERSION_CONFLICT', `The enterprise was changed by someone else (version ${current.version}, yours ${version}); reload and apply your edits again.`)
  }
}

/** The steward as the enterprise and the coordinators see it: the account (name and e-mail from the directory), or the legacy free text. */
function stewardOf(e: Enterprise, account: StewardAccount | null): StewardDto | null {
  const identity = stewardIdentity(e, account)
  if (!identity) return null
  return {
    sub: identity.sub,
    username: identity.username,
    name: identity.name,
    phone: e.stewardPhone,
    email: identity.sub ? (account?.email ?? null) : e.stewardLegacyEmail,
    assignedBy: e.stewardAssignedBy,
    assignedByName: e.stewardAssignedByName ?? null,
    assignedAt: e.stewardAssignedAt?.toISOString() ?? null,
  }
}

function toDto(e: Enterprise, access: EnterpriseAccess, account: StewardAccount | null): EnterpriseDto {
  return {
    uscc: e.uscc,
    name: e.name,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    contactEmail: e.contactEmail,
    facts: e.facts,
    isKey: e.isKey,
    steward: stewardOf(e, account),
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    allowedActions: access.actions,
  }
}
