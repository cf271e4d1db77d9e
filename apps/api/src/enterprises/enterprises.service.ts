import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { catalogues, type Facts } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { toCsv } from '../common/csv.js'
import { ApiException, InputInvalidException } from '../common/error-shape.js'
import { MeasuresService } from '../measures/measures.service.js'
import type { Principal } from '../auth/principal.js'
import { enterpriseAccess, type EnterpriseAccess, type EnterpriseAction, type EnterpriseViewer } from './enterprise-access.js'
import { EnterpriseChange, type FieldChange } from './enterprise-change.entity.js'
import { Enterprise } from './enterprise.entity.js'
import type {
  AssignStewardDto,
  ChangeDto,
  EnterpriseDto,
  EnterpriseListDto,
  EnterpriseListQueryDto,
  EnterpriseSummaryDto,
  PackageDto,
  StewardDto,
  UpdateEnterpriseDto,
} from './enterprise.dto.js'
import { applyProfilePatch } from './profile-patch.js'

/** Upper bound of one CSV export. */
const EXPORT_LIMIT = 50_000

/** Who is asking: the principal and, for an enterprise user, the enterprise they are bound to. */
export interface Viewer extends EnterpriseViewer {
  principal: Principal
}

export function viewerOf(principal: Principal, boundUscc: string | null = null): Viewer {
  return { principal, roles: principal.roles, boundUscc }
}

@Injectable()
export class EnterprisesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly measures: MeasuresService,
    private readonly clock: Clock,
  ) {}

  async get(viewer: Viewer, uscc: string): Promise<EnterpriseDto> {
    const { enterprise, access } = await this.load(this.db.manager, viewer, uscc)
    return toDto(enterprise, access)
  }

  /** Partial update in one transaction under a row lock; a stale `version` is refused with 409. */
  async update(viewer: Viewer, uscc: string, patch: UpdateEnterpriseDto): Promise<EnterpriseDto> {
    return this.db.transaction(async (em) => {
      const { enterprise: current, access } = await this.load(em, viewer, uscc, 'update')
      assertVersion(current, patch.version)
      const result = applyProfilePatch(current, patch)
      if (!result.ok) throw new InputInvalidException(result.problems)
      if (result.changes.length === 0) return toDto(current, access)
      Object.assign(current, result.fields, { facts: result.facts, isKey: result.isKey })
      const saved = await em.save(current)
      await this.record(em, uscc, viewer.principal, result.changes)
      return toDto(saved, access)
    })
  }

  async package(viewer: Viewer, uscc: string, asOf: string | undefined): Promise<PackageDto> {
    const date = this.measures.asOf(asOf)
    const { enterprise } = await this.load(this.db.manager, viewer, uscc)
    return { uscc, ...this.measures.evaluate(enterprise.facts as Facts, date), steward: stewardOf(enterprise) }
  }

  async history(viewer: Viewer, uscc: string): Promise<ChangeDto[]> {
    await this.load(this.db.manager, viewer, uscc)
    const rows = await this.db.getRepository(EnterpriseChange).find({ where: { uscc }, order: { at: 'DESC', id: 'DESC' }, take: 200 })
    return rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), actorUsername: r.actorUsername, changes: r.changes }))
  }

  /** Key enterprises first, then by name; search in name and USCC. */
  async list(query: EnterpriseListQueryDto): Promise<EnterpriseListDto> {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 20
    const qb = this.filtered(query)
    qb.skip((page - 1) * pageSize).take(pageSize)
    const [rows, total] = await qb.getManyAndCount()
    return { items: rows.map(toSummary), total, page, pageSize }
  }

  /** Every enterprise matching the filters, in list order, as CSV (Chinese headers and names). */
  async exportCsv(query: EnterpriseListQueryDto): Promise<string> {
    const rows = (await this.filtered(query).take(EXPORT_LIMIT).getMany()).map(toSummary)
    const name = (list: readonly { code: string; zh: string }[], code: string | null) => list.find((i) => i.code === code)?.zh ?? code
    return toCsv(
      ['统一社会信用代码', '企业名称', '重点企业', '行业', '所在区', '年产值(元)', '服务管家', '更新时间'],
      rows.map((e) => [e.uscc, e.name, e.isKey ? '是' : '否', name(catalogues.industries, e.industry), name(catalogues.districts, e.district), e.annualOutputValue, e.stewardName, e.updatedAt]),
    )
  }

  private filtered(query: EnterpriseListQueryDto) {
    const qb = this.db.getRepository(Enterprise).createQueryBuilder('e')
    if (query.q) qb.andWhere('(e.name ILIKE :q OR e.uscc ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` })
    if (query.key !== undefined) qb.andWhere('e.isKey = :key', { key: query.key })
    if (query.industry) qb.andWhere("e.facts->>'industry' = :industry", { industry: query.industry })
    if (query.district) qb.andWhere("e.facts->>'district' = :district", { district: query.district })
    return qb.orderBy('e.isKey', 'DESC').addOrderBy('e.name', 'ASC').addOrderBy('e.uscc', 'ASC')
  }

  /** Assigns the 服务管家; an unchanged assignment changes nothing (no history row, same version). */
  async assignSteward(viewer: Viewer, uscc: string, dto: AssignStewardDto): Promise<EnterpriseDto> {
    return this.db.transaction(async (em) => {
      const { enterprise: current, access } = await this.load(em, viewer, uscc, 'assignSteward')
      assertVersion(current, dto.version)
      const next = { name: dto.name, phone: dto.phone, email: dto.email ? dto.email : null }
      const changes: FieldChange[] = (['name', 'phone', 'email'] as const)
        .map((key) => ({ field: `steward.${key}`, from: stewardField(current, key), to: next[key] }))
        .filter((c) => c.from !== c.to)
      if (changes.length === 0) return toDto(current, access)
      Object.assign(current, {
        stewardName: next.name,
        stewardPhone: next.phone,
        stewardEmail: next.email,
        stewardAssignedBy: viewer.principal.username,
        stewardAssignedAt: this.clock.now(),
      })
      const saved = await em.save(current)
      await this.record(em, uscc, viewer.principal, changes)
      return toDto(saved, access)
    })
  }

  /**
   * Loads an enterprise the viewer may see (404 otherwise, whether or not it exists), checking an
   * action when one is given (403 when visible but not allowed). With an action the row is locked.
   */
  private async load(em: EntityManager, viewer: Viewer, uscc: string, action?: EnterpriseAction): Promise<{ enterprise: Enterprise; access: EnterpriseAccess }> {
    const access = enterpriseAccess(viewer, uscc)
    if (!access.visible) throw notFound(uscc)
    if (action && !access.actions.includes(action)) throw new ApiException(403, 'FORBIDDEN', `You may not ${action} this enterprise`)
    const enterprise = await em.findOne(Enterprise, { where: { uscc }, ...(action ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
    if (!enterprise) throw notFound(uscc)
    return { enterprise, access }
  }

  private async record(em: EntityManager, uscc: string, actor: Principal, changes: FieldChange[]): Promise<void> {
    await em.insert(EnterpriseChange, { uscc, actorSub: actor.sub, actorUsername: actor.username, changes, at: this.clock.now() })
  }
}

function notFound(uscc: string): ApiException {
  return new ApiException(404, 'ENTERPRISE_NOT_FOUND', `Enterprise ${uscc} not found`)
}

function assertVersion(current: Enterprise, version: number | undefined): void {
  if (version !== undefined && version !== current.version) {
    throw new ApiException(409, 'PROFILE_VERSION_CONFLICT', `The enterprise was changed by someone else (version ${current.version}, yours ${version}); reload and apply your edits again.`)
  }
}

function stewardField(e: Enterprise, key: 'name' | 'phone' | 'email'): string | null {
  return key === 'name' ? e.stewardName : key === 'phone' ? e.stewardPhone : e.stewardEmail
}

function toSummary(e: Enterprise): EnterpriseSummaryDto {
  return {
    uscc: e.uscc,
    name: e.name,
    isKey: e.isKey,
    industry: typeof e.facts['industry'] === 'string' ? e.facts['industry'] : null,
    district: typeof e.facts['district'] === 'string' ? e.facts['district'] : null,
    annualOutputValue: typeof e.facts['annualOutputValue'] === 'number' ? e.facts['annualOutputValue'] : null,
    stewardName: e.stewardName,
    updatedAt: e.updatedAt.toISOString(),
  }
}

function stewardOf(e: Enterprise): StewardDto | null {
  if (!e.stewardName) return null
  return {
    name: e.stewardName,
    phone: e.stewardPhone,
    email: e.stewardEmail,
    assignedBy: e.stewardAssignedBy,
    assignedAt: e.stewardAssignedAt?.toISOString() ?? null,
  }
}

function toDto(e: Enterprise, access: EnterpriseAccess): EnterpriseDto {
  return {
    uscc: e.uscc,
    name: e.name,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    contactEmail: e.contactEmail,
    facts: e.facts,
    isKey: e.isKey,
    steward: stewardOf(e),
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    allowedActions: access.actions,
  }
}
