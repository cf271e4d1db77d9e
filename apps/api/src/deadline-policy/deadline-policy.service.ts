import { Inject, Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import { AuditService } from '../audit/audit.service.js'
import type { Principal } from '../auth/principal.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'
import { deadlinePolicy, policyProblems, samePolicy, type DeadlinePolicy } from './deadline-policy.js'
import { DeadlinePolicyRow } from './deadline-policy.entity.js'
import type { DeadlinePolicyDto, UpdateDeadlinePolicyDto } from './deadline-policy.dto.js'
import { actorName } from '../auth/actor-name.js'

/** Reads (lists, counts) may use a policy this old; actions that set a deadline read it in their transaction. */
const CACHE_MS = 5_000

/** The deadline policy in force: the administrator's (PostgreSQL) or the environment's default. */
@Injectable()
export class DeadlinePolicyService {
  private readonly defaults: DeadlinePolicy
  private cache: { at: number; policy: DeadlinePolicy } | null = null

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) env: Env,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.defaults = deadlinePolicy(env)
  }

  /** In a transaction (`em`): read now. Otherwise through a short cache. */
  async current(em?: EntityManager): Promise<DeadlinePolicy> {
    if (em) return this.valuesOf((await em.findOneBy(DeadlinePolicyRow, { id: 1 })) ?? this.defaults)
    return this.recent()
  }

  /**
   * Through the short cache (for what a reader is shown). Inside a transaction pass its manager: a
   * miss then reads on the transaction's own connection, never on a second one from the pool.
   */
  async recent(em: EntityManager = this.db.manager): Promise<DeadlinePolicy> {
    const now = Date.now()
    if (this.cache && now - this.cache.at < CACHE_MS) return this.cache.policy
    const policy = this.valuesOf((await em.findOneBy(DeadlinePolicyRow, { id: 1 })) ?? this.defaults)
    this.cache = { at: now, policy }
    return policy
  }

  async get(em: EntityManager = this.db.manager): Promise<DeadlinePolicyDto> {
    const row = await em.findOneBy(DeadlinePolicyRow, { id: 1 })
    const counted: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM catalogue_changes WHERE catalogue = 'deadline-policy'`)
    return {
      ...this.valuesOf(row ?? this.defaults),
      defaults: { ...this.defaults },
      overridden: !!row,
      version: counted[0]?.n ?? 0,
      updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
      updatedBy: row?.updatedBy ?? null,
      updatedByName: row?.updatedByName ?? null,
      appliesTo: 'new-deadlines-only',
    }
  }

  async update(actor: Principal, dto: UpdateDeadlinePolicyDto): Promise<DeadlinePolicyDto> {
    // dueSoonDays and openDataDays may be left out (clients older than them): each then stays as it is
    const current = await this.current(this.db.manager)
    let next = this.valuesOf({ ...dto, dueSoonDays: dto.dueSoonDays ?? current.dueSoonDays, openDataDays: dto.openDataDays ?? current.openDataDays })
    const problems = policyProblems(next)
    if (problems.length) throw new InputInvalidException(problems.map((p) => fieldProblem(p.field, 'OUT_OF_RANGE', p.message)))
    const result = await this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['deadline_policy'])
      const before = await this.get(em)
      if (before.version !== dto.version) throw new ApiException(409, 'CONFLICT', `The deadline policy was changed by someone else (version ${before.version}, not ${dto.version})`)
      if (dto.dueSoonDays === undefined) next = { ...next, dueSoonDays: before.dueSoonDays }
      if (dto.openDataDays === undefined) next = { ...next, openDataDays: before.openDataDays }
      if (samePolicy(this.valuesOf(before), next)) return before
      await em.save(DeadlinePolicyRow, { id: 1, ...next, updatedAt: this.clock.now(), updatedBy: actor.username, updatedByName: actorName(actor) })
      await this.audit.record(em, actor, 'deadline-policy', 'policy', before.overridden ? 'update' : 'set', this.valuesOf(before), next)
      return this.get(em)
    })
    this.invalidate()
    return result
  }

  /** The policy's values (a row set before openDataDays existed has null there: the environment's default). */
  private valuesOf(p: Omit<DeadlinePolicy, 'openDataDays'> & { openDataDays?: number | null }): DeadlinePolicy {
    return { acceptDays: p.acceptDays, simpleDays: p.simpleDays, complexDays: p.complexDays, rateDays: p.rateDays, reminderHours: p.reminderHours, dueSoonDays: p.dueSoonDays, openDataDays: p.openDataDays ?? this.defaults.openDataDays }
  }

  /** Forget the cached policy (after a change). */
  invalidate(): void {
    this.cache = null
  }
}

