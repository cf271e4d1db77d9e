import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { evaluateMeasure, factsOfMeasure, shanghaiDateOf, type Facts } from '@servicepack/policy-rules'
import { createHash } from 'node:crypto'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import { inTransaction } from '../common/transaction.js'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { MeasuresService } from '../measures/measures.service.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { actorOf, blankToNull } from './appeal-actor.js'
import { AppealDetails } from './appeal-details.service.js'
import { recordEvent } from './appeal-events.queries.js'
import type { CreateAppealDto } from './appeal-request.dto.js'
import type { AppealDto } from './appeal-response.dto.js'
import { Appeal } from './appeal.entity.js'

export interface CreateOptions {
  /** An application (申请: 确认享受 of a pushed measure, measure-push/) or an appeal (诉求, the default). */
  kind?: Appeal['kind']
  /** More work in the creating transaction, after the appeal is written (all or nothing with it). */
  then?: (em: EntityManager, id: string) => Promise<void>
}

/**
 * Intake: an enterprise's appeal, created once per Idempotency-Key, with the snapshot of the
 * measure it asks about, on the timeline (`submit`) and told to the coordinators.
 */
@Injectable()
export class AppealIntake {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly measures: MeasuresService,
    private readonly notifications: NotificationsService,
    private readonly details: AppealDetails,
  ) {}

  /**
   * Creates an appeal for the caller's enterprise. With an Idempotency-Key, the same key from the
   * same user creates one appeal and returns it every time (across API instances: a unique index);
   * the same key with another request is a 409. `options.then` runs in the creating transaction
   * (not on a replay: the first request's transaction did it, whole).
   */
  async create(viewer: Viewer, uscc: string, dto: CreateAppealDto, idempotencyKey: string | null, options: CreateOptions = {}): Promise<{ appeal: AppealDto; created: boolean }> {
    const hash = requestHash(dto)
    if (idempotencyKey) {
      const existing = await this.db.manager.findOneBy(Appeal, { createdBySub: viewer.principal.sub, idempotencyKey })
      if (existing) return { appeal: await this.replay(viewer, existing, hash), created: false }
    }
    const created = await inTransaction(this.db, async (em) => {
      const id = await this.insert(em, viewer, uscc, dto, idempotencyKey, options.kind ?? 'appeal')
      if (id) await options.then?.(em, id)
      return id
    })
    if (created) return { appeal: await this.details.get(viewer, created), created: true }
    const winner = await this.db.manager.findOneByOrFail(Appeal, { createdBySub: viewer.principal.sub, idempotencyKey: idempotencyKey! })
    return { appeal: await this.replay(viewer, winner, hash), created: false }
  }

  /** The appeal written in `em`: its id, or null when a concurrent request with the same Idempotency-Key won the race. */
  private async insert(em: EntityManager, viewer: Viewer, uscc: string, dto: CreateAppealDto, idempotencyKey: string | null, kind: Appeal['kind']): Promise<string | null> {
    const now = this.clock.now()
    const enterprise = await em.findOneByOrFail(Enterprise, { uscc })
    const snapshot = dto.measureId ? this.snapshot(enterprise, dto.measureId, dto.asOf) : null
    const [{ n }] = await em.query(`SELECT nextval('appeal_number_seq') AS n`)
    const number = `SQ-${shanghaiDateOf(now).slice(0, 4)}-${String(n).padStart(6, '0')}`
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Appeal)
      .values({
        number,
        enterpriseUscc: uscc,
        createdBySub: viewer.principal.sub,
        createdByUsername: viewer.principal.username,
        categoryCode: dto.categoryCode,
        district: typeof enterprise.facts['district'] === 'string' ? enterprise.facts['district'] : '',
        title: dto.title,
        description: dto.description,
        measureId: dto.measureId ?? null,
        kind,
        snapshot,
        contactName: blankToNull(dto.contactName) ?? enterprise.contactName,
        contactPhone: blankToNull(dto.contactPhone) ?? enterprise.contactPhone,
        status: 'submitted',
        assistingBureaus: [],
        idempotencyKey,
        requestHash: requestHash(dto),
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore() // a concurrent request with the same key won the race
      .returning(['id'])
      .execute()
    const id = (inserted.raw as { id: string }[])[0]?.id
    if (!id) return null
    const data = { categoryCode: dto.categoryCode, measureId: dto.measureId ?? null }
    await recordEvent(em, { appealId: id, at: now, actor: { ...actorOf(viewer, ['owner']), bureau: null }, action: 'submit', from: null, to: 'submitted', note: null, data })
    await this.notifications.notify(em, [{ kind: 'coordinators', id: '' }], 'submitted', id, { number, title: dto.title, enterprise: enterprise.name })
    return id
  }

  /** The same key again: the appeal it created, unless the request differs (409). */
  private async replay(viewer: Viewer, existing: Appeal, hash: string): Promise<AppealDto> {
    if (existing.requestHash !== hash) throw new ApiException(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request')
    return this.details.get(viewer, existing.id)
  }

  /** What the enterprise saw: the measure evaluated on its stored facts at `asOf`. */
  private snapshot(enterprise: Enterprise, measureId: string, asOf: string | undefined) {
    const date = this.measures.asOf(asOf)
    const evaluation = evaluateMeasure(measureId, enterprise.facts as Facts, { asOf: date, reasonsEn: true })
    // every fact the measure reads: its conditions' and its amount's (a loan's term, a contract amount)
    const read = new Set([...evaluation.trace.map((s) => s.fact), ...factsOfMeasure(measureId)])
    const facts = Object.fromEntries(Object.entries(enterprise.facts).filter(([name]) => read.has(name)))
    return { asOf: date, evaluation, facts }
  }
}

/** What an Idempotency-Key's request is compared by. */
export function requestHash(dto: CreateAppealDto): string {
  return createHash('sha256').update(JSON.stringify(dto)).digest('hex')
}
