import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { catalogues, evaluate, sortForPackage, totalEligibleAmount, type Facts } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { toCsv } from '../common/csv.js'
import { InputInvalidException } from '../common/error-shape.js'
import { invalidAsOf, isCalendarDate, todayInShanghai } from '../common/dates.js'
import type { Principal } from '../auth/principal.js'
import { EnterpriseChange } from './enterprise-change.entity.js'
import { EnterpriseMember } from './enterprise-member.entity.js'
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
import { usccProblem, usccProblemMessages } from './uscc.js'

/** Upper bound of one CSV export. */
const EXPORT_LIMIT = 50_000

@Injectable()
export class EnterprisesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Refuses a malformed USCC in a path with 400 naming the field. */
  static assertUscc(uscc: string, field = 'uscc'): void {
    const problem = usccProblem(uscc)
    if (problem) throw new InputInvalidException([{ field, messages: [`${field} ${usccProblemMessages[problem]}`] }])
  }

  /**
   * The enterprise of an enterprise user: from the token's `enterprise_uscc`, bound to the user's
   * `sub` on first call (the enterprise is created if new). A user bound to one enterprise can never
   * act for another, whatever a later token says.
   */
  async bindCaller(user: Principal): Promise<string> {
    const uscc = user.enterpriseUscc
    if (!uscc) throw new ForbiddenException('Your account is not linked to an enterprise (no enterprise_uscc claim); ask the administrator to set it.')
    if (usccProblem(uscc)) throw new ForbiddenException('Your account carries an invalid enterprise_uscc; ask the administrator to correct it.')
    // Fast path: already bound (every call after the first).
    const bound = await this.db.manager.findOneBy(EnterpriseMember, { sub: user.sub })
    if (bound) {
      if (bound.uscc !== uscc) throw new ForbiddenException('Your account is bound to another enterprise.')
      return uscc
    }
    return this.db.transaction(async (em) => {
      await em.createQueryBuilder().insert().into(Enterprise).values({ uscc, name: user.name ?? '', facts: {} }).orIgnore().execute()
      await em.createQueryBuilder().insert().into(EnterpriseMember).values({ sub: user.sub, uscc, username: user.username }).orIgnore().execute()
      const member = await em.findOneByOrFail(EnterpriseMember, { sub: user.sub })
      if (member.uscc !== uscc) throw new ForbiddenException('Your account is bound to another enterprise.')
      return uscc
    })
  }

  async get(uscc: string): Promise<EnterpriseDto> {
    return toDto(await this.find(this.db.manager, uscc))
  }

  /** Partial update in one transaction under a row lock; a stale `version` is refused with 409. */
  async update(uscc: string, patch: UpdateEnterpriseDto, actor: Principal): Promise<EnterpriseDto> {
    return this.db.transaction(async (em) => {
      const current = await em.findOne(Enterprise, { where: { uscc }, lock: { mode: 'pessimistic_write' } })
      if (!current) throw new NotFoundException(`Enterprise ${uscc} not found`)
      if (patch.version !== undefined && patch.version !== current.version) {
        throw new ConflictException(`The profile was changed by someone else (version ${current.version}, yours ${patch.version}); reload and apply your edits again.`)
      }
      const result = applyProfilePatch(current, patch)
      if (!result.ok) throw new InputInvalidException(result.problems)
      if (result.changes.length === 0) return toDto(current)
      Object.assign(current, result.fields, { facts: result.facts, isKey: result.isKey })
      const saved = await em.save(current)
      await em.insert(EnterpriseChange, { uscc, actorSub: actor.sub, actorUsername: actor.username, changes: result.changes })
      return toDto(saved)
    })
  }

  async package(uscc: string, asOf: string | undefined): Promise<PackageDto> {
    const date = asOf ?? todayInShanghai()
    if (!isCalendarDate(date)) throw new InputInvalidException([invalidAsOf])
    const enterprise = await this.find(this.db.manager, uscc)
    const evaluations = sortForPackage(evaluate(enterprise.facts as Facts, { asOf: date, reasonsEn: true }))
    return { uscc, asOf: date, evaluations, total: totalEligibleAmount(evaluations), steward: stewardOf(enterprise) }
  }

  async history(uscc: string): Promise<ChangeDto[]> {
    await this.find(this.db.manager, uscc)
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

  async assignSteward(uscc: string, dto: AssignStewardDto, actor: Principal): Promise<EnterpriseDto> {
    return this.db.transaction(async (em) => {
      const current = await em.findOne(Enterprise, { where: { uscc }, lock: { mode: 'pessimistic_write' } })
      if (!current) throw new NotFoundException(`Enterprise ${uscc} not found`)
      const before = current.stewardName
      Object.assign(current, {
        stewardName: dto.name.trim(),
        stewardPhone: dto.phone.trim(),
        stewardEmail: dto.email?.trim() ?? null,
        stewardAssignedBy: actor.username,
        stewardAssignedAt: new Date(),
      })
      const saved = await em.save(current)
      await em.insert(EnterpriseChange, {
        uscc,
        actorSub: actor.sub,
        actorUsername: actor.username,
        changes: [{ field: 'steward', from: before, to: saved.stewardName }],
      })
      return toDto(saved)
    })
  }

  private async find(em: EntityManager, uscc: string): Promise<Enterprise> {
    const found = await em.findOneBy(Enterprise, { uscc })
    if (!found) throw new NotFoundException(`Enterprise ${uscc} not found`)
    return found
  }
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

function toDto(e: Enterprise): EnterpriseDto {
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
  }
}

