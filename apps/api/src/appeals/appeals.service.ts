import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { evaluateMeasure, factsOfMeasure, shanghaiDateOf, type Facts } from '@servicepack/policy-rules'
import { createHash } from 'node:crypto'
import { DataSource, type EntityManager } from 'typeorm'
import { CalendarService } from '../calendar/calendar.service.js'
import { deadlineAfter, dueSoonUntil, extendDeadline, workingDaysBetween } from '../calendar/working-days.js'
import { Clock } from '../common/clock.js'
import { inTransaction } from '../common/transaction.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { assertExportSize, type ExportTable } from '../common/table-files.js'
import { DeadlinePolicyService } from '../deadline-policy/deadline-policy.service.js'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { actorName } from '../auth/actor-name.js'
import type { Viewer } from '../auth/viewer.js'
import { MeasuresService } from '../measures/measures.service.js'
import { RoutingService } from '../routing/routing.service.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import type { Audience } from '../notifications/notification-audience.js'
import { appealScope } from './appeal-access.js'
import { appealViewer, findVisible } from './appeal-records.js'
import { AppealAttachment } from './appeal-attachment.entity.js'
import { decodeCursor, DUE_SQL, encodeCursor, sortSql } from './appeal-cursor.js'
import { APPEAL_EXPORT_MAX_ROWS, appealExportTable } from './appeal-export.js'
import { AppealEvent } from './appeal-event.entity.js'
import { AppealExtensionRequest } from './appeal-extension.entity.js'
import type { StatsState } from './appeal-stats.js'
import { AppealStatsRecorder } from './appeal-stats.recorder.js'
import { toAppealDto, toSummaryDto, toEventDto, dueOf } from './appeal-mapper.js'
import { noteReadersOf, seesEvent } from './appeal-note-audience.js'
import { ANSWER_MIN_CHARS, awaitedOpinions, decide, type AppealAction, type Party } from './appeal-state.js'
import { Appeal } from './appeal.entity.js'
import { appealRows } from './appeal-list.queries.js'
import type {
  AppealCountsDto,
  AppealCountsQueryDto,
  AppealDto,
  AppealEventDto,
  AppealListDto,
  AppealListQueryDto,
  CreateAppealDto,
  DispatchAppealDto,
  ExtensionRequestDto,
  RateAppealDto,
  RespondAppealDto,
} from './appeal.dto.js'

// The deadline policy now lives in deadline-policy/ (an administrator's, over these env defaults).
export { deadlinePolicy, type DeadlinePolicy } from '../deadline-policy/deadline-policy.js'

export { appealViewer } from './appeal-records.js'

/** The appeal's enterprise has the caller (`:me`) as its 服务管家 (index enterprises_by_steward). */
const MINE_SQL = `a.enterprise_uscc IN (SELECT se.uscc FROM enterprises se WHERE se.steward_sub = :me)`

/** 待提供协办意见: the caller's bureau (:myBureau) assists and has given no opinion since the dispatch. */
const AWAITING_MY_OPINION_SQL = `a.status IN ('dispatched', 'in_progress') AND a.assisting_bureaus @> ARRAY[:myBureau]::varchar[]
  AND NOT EXISTS (SELECT 1 FROM appeal_events oe WHERE oe.appeal_id = a.id AND oe.action = 'opinion' AND oe.actor_bureau = :myBureau AND oe.at >= a.dispatched_at)`

/** A coordinator's list leads with the appeals of their own enterprises, unless asked otherwise. */
function mineFirst(viewer: Viewer, query: Pick<AppealListQueryDto, 'mine' | 'mineFirst'>): boolean {
  return viewer.roles.includes('coordinator') && query.mineFirst !== false && query.mine === undefined
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Someone acting on an appeal: a person (with their parties) or the system (jobs). */
interface Actor {
  sub: string
  username: string
  /** The display name recorded beside the login (auth/actor-name.ts). */
  name: string | null
  parties: Party[]
  bureau: string | null
}

export const SYSTEM_ACTOR: Actor = { sub: 'system', username: 'system', name: null, parties: ['system'], bureau: null }

/**
 * Appeals: intake, the lifecycle's actions (each one transaction under a row lock, checked by the
 * pure state machine, recorded on the append-only timeline, with its notifications), lists and counts.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly measures: MeasuresService,
    private readonly notifications: NotificationsService,
    private readonly stats: AppealStatsRecorder,
    private readonly policies: DeadlinePolicyService,
    private readonly routing: RoutingService,
  ) {}

  // ---- intake -------------------------------------------------------------------------------

  /**
   * Creates an appeal for the caller's enterprise. With an Idempotency-Key, the same key from the
   * same user creates one appeal and returns it every time (across API instances: a unique index);
   * the same key with another request is a 409.
   */
  async create(viewer: Viewer, uscc: string, dto: CreateAppealDto, idempotencyKey: string | null): Promise<{ appeal: AppealDto; created: boolean }> {
    const hash = createHash('sha256').update(JSON.stringify(dto)).digest('hex')
    if (idempotencyKey) {
      const existing = await this.db.manager.findOneBy(Appeal, { createdBySub: viewer.principal.sub, idempotencyKey })
      if (existing) return { appeal: await this.replay(viewer, existing, hash), created: false }
    }
    const now = this.clock.now()
    const enterprise = await this.db.manager.findOneByOrFail(Enterprise, { uscc })
    const snapshot = dto.measureId ? this.snapshot(enterprise, dto.measureId, dto.asOf) : null
    const created = await inTransaction(this.db, async (em) => {
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
          snapshot,
          contactName: blankToNull(dto.contactName) ?? enterprise.contactName,
          contactPhone: blankToNull(dto.contactPhone) ?? enterprise.contactPhone,
          status: 'submitted',
          assistingBureaus: [],
          idempotencyKey,
          requestHash: hash,
          createdAt: now,
          updatedAt: now,
        })
        .orIgnore() // a concurrent request with the same key won the race
        .returning(['id'])
        .execute()
      const id = (inserted.raw as { id: string }[])[0]?.id
      if (!id) return null
      await this.record(em, id, { sub: viewer.principal.sub, username: viewer.principal.username, name: actorName(viewer.principal), parties: ['owner'], bureau: null }, 'submit', null, 'submitted', null, { categoryCode: dto.categoryCode, measureId: dto.measureId ?? null })
      await this.notifications.notify(em, [{ kind: 'coordinators', id: '' }], 'submitted', id, { number, title: dto.title, enterprise: enterprise.name })
      return id
    })
    if (created) return { appeal: await this.get(viewer, created), created: true }
    const winner = await this.db.manager.findOneByOrFail(Appeal, { createdBySub: viewer.principal.sub, idempotencyKey: idempotencyKey! })
    return { appeal: await this.replay(viewer, winner, hash), created: false }
  }

  private async replay(viewer: Viewer, existing: Appeal, hash: string): Promise<AppealDto> {
    if (existing.requestHash !== hash) throw new ApiException(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request')
    return this.get(viewer, existing.id)
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

  // ---- reads --------------------------------------------------------------------------------

  async get(viewer: Viewer, id: string): Promise<AppealDto> {
    const { appeal } = await findVisible(viewer, id, { em: this.db.manager })
    return this.detail(this.db.manager, viewer, appeal)
  }

  /** The timeline, each event and note as the viewer may read them (appeal-note-audience.ts: the handlers' notes and opinions are theirs). */
  async events(viewer: Viewer, id: string): Promise<AppealEventDto[]> {
    const { access: { parties } } = await findVisible(viewer, id, { em: this.db.manager })
    const readers = noteReadersOf(viewer, parties)
    const rows = await this.db.manager.find(AppealEvent, { where: { appealId: id }, order: { id: 'ASC' } })
    // why the lead did not wait for the assisting opinion is the bureaus' (and coordinators') matter
    const enterpriseOnly = !parties.some((p) => p !== 'owner') && !viewer.roles.includes('admin')
    return rows.filter((e) => seesEvent(e.action, readers)).map((e) => {
      const dto = toEventDto(e, readers)
      if (!enterpriseOnly || e.action !== 'respond' || !dto.data) return dto
      const { skippedAssisting: _s, skipReason: _r, ...data } = dto.data
      return { ...dto, data }
    })
  }

  /**
   * A page of the viewer's appeals (keyset paging). A coordinator's list puts the appeals of the
   * enterprises they are the steward of first (unless `mineFirst=false` or `mine` is given): the
   * list is then two parts, each in the chosen sort, read one after the other — each part's query
   * stays on an index of its own (appeals_by_enterprise through enterprises_by_steward for the first,
   * the sort's index for the rest) — and the cursor carries the part of its row.
   */
  async list(viewer: Viewer, query: AppealListQueryDto): Promise<AppealListDto> {
    const limit = query.limit ?? 20
    const sort = sortSql(query.sort ?? 'created_desc')
    const policy = await this.timingPolicy()
    const key = query.cursor ? decodeCursor(query.cursor) : null
    if (query.cursor && !key) throw new InputInvalidException([fieldProblem('cursor', 'FORMAT', 'cursor is not a cursor this API returned')])
    const parts: (boolean | undefined)[] = mineFirst(viewer, query) ? [true, false] : [undefined]
    // the part the cursor's row is in (a cursor of a one-part list carries none)
    const from = key ? parts.indexOf(key.mine) : 0
    if (from < 0) throw new InputInvalidException([fieldProblem('cursor', 'INVALID', 'cursor is not a cursor of this list')])
    const rows: { appeal: Appeal; sortKey: string | null; part: boolean | undefined }[] = []
    for (let i = from; i < parts.length && rows.length <= limit; i++) {
      const qb = this.filtered(viewer, { ...query, mine: parts[i] ?? query.mine }, policy.dueSoonUntil)
      if (!qb) return { items: [], nextCursor: null }
      if (key && i === from) qb.andWhere(sort.after('cursor'), { cursorAt: key.at, cursorId: key.id })
      // to the microsecond (a JS Date would cut a timestamp written by SQL's now() to milliseconds, and an ascending page would repeat its last row)
      qb.addSelect(`to_char(${sort.column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'sort_key')
      for (const [expression, direction, nulls] of sort.orderBy) qb.addOrderBy(expression, direction, nulls)
      const got = await appealRows(this.db, qb.limit(limit + 1 - rows.length))
      got.forEach(({ appeal, raw }) => rows.push({ appeal, sortKey: raw['sort_key'] as string | null, part: parts[i] }))
    }
    const page = rows.slice(0, limit)
    const [names, mine] = await Promise.all([this.enterpriseNames(page.map((r) => r.appeal.enterpriseUscc)), this.stewardedBy(viewer, page.map((r) => r.appeal.enterpriseUscc))])
    const now = this.clock.now()
    const items = page.map(({ appeal: a }) => toSummaryDto(a, names.get(a.enterpriseUscc) ?? '', now, policy, mine.has(a.enterpriseUscc)))
    const last = page.at(-1)
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor({ at: last.sortKey, id: last.appeal.id, ...(last.part !== undefined ? { mine: last.part } : {}) })
        : null
    return { items, nextCursor }
  }

  /**
   * Every appeal of the list with these filters (same scope, same order, no paging) as a table to
   * download; more than APPEAL_EXPORT_MAX_ROWS is refused with 400 EXPORT_TOO_LARGE.
   */
  async exportTable(viewer: Viewer, query: Omit<AppealListQueryDto, 'cursor' | 'limit'>): Promise<ExportTable> {
    const policy = await this.timingPolicy()
    const sort = sortSql(query.sort ?? 'created_desc')
    const appeals: Appeal[] = []
    const all = this.filtered(viewer, query, policy.dueSoonUntil)
    if (all) {
      const count = await all.getCount()
      assertExportSize(count, 'appeals')
      // the list's parts (a coordinator's own enterprises first), each in the chosen sort
      for (const part of mineFirst(viewer, query) ? [true, false] : [undefined]) {
        const qb = this.filtered(viewer, { ...query, mine: part ?? query.mine }, policy.dueSoonUntil)!
        for (const [expression, direction, nulls] of sort.orderBy) qb.addOrderBy(expression, direction, nulls)
        appeals.push(...(await qb.limit(APPEAL_EXPORT_MAX_ROWS - appeals.length).getMany()))
      }
    }
    const names = await this.enterpriseNames(appeals.map((a) => a.enterpriseUscc))
    return appealExportTable(appeals, names, { now: this.clock.now(), today: this.clock.today(), dueSoonUntil: policy.dueSoonUntil })
  }

  async counts(viewer: Viewer, filters: AppealCountsQueryDto = {}): Promise<AppealCountsDto> {
    const policy = await this.timingPolicy()
    const qb = this.filtered(viewer, filters, policy.dueSoonUntil)
    const zero = { submitted: 0, dispatched: 0, inProgress: 0, responded: 0, closed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, pendingExtension: 0, toAccept: 0, toAnswer: 0, awaitingOpinion: 0, reopened: 0, mine: 0 }
    if (!qb) return zero
    const now = this.clock.now()
    const soon = policy.dueSoonUntil
    const row = await qb
      .select([
        `count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted`,
        `count(*) FILTER (WHERE a.status = 'dispatched')::int AS dispatched`,
        `count(*) FILTER (WHERE a.status = 'in_progress')::int AS "inProgress"`,
        `count(*) FILTER (WHERE a.status = 'responded')::int AS responded`,
        `count(*) FILTER (WHERE a.status = 'closed')::int AS closed`,
        `count(*) FILTER (WHERE a.status = 'withdrawn')::int AS withdrawn`,
        `count(*) FILTER (WHERE a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} < :now)::int AS overdue`,
        `count(*) FILTER (WHERE a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} >= :now AND ${DUE_SQL} <= :soon)::int AS "dueSoon"`,
        `count(*) FILTER (WHERE a.pending_extension)::int AS "pendingExtension"`,
        // a bureau's queue (0 for a caller without a bureau)
        `count(*) FILTER (WHERE a.status = 'dispatched' AND a.lead_bureau = :myBureau)::int AS "toAccept"`,
        `count(*) FILTER (WHERE a.status = 'in_progress' AND a.lead_bureau = :myBureau)::int AS "toAnswer"`,
        `count(*) FILTER (WHERE ${AWAITING_MY_OPINION_SQL})::int AS "awaitingOpinion"`,
        `count(*) FILTER (WHERE a.status = 'in_progress' AND a.reopen_count > 0)::int AS reopened`,
        `count(*) FILTER (WHERE a.status IN ('submitted', 'dispatched', 'in_progress') AND ${MINE_SQL})::int AS mine`,
      ])
      .setParameters({ now, soon, me: viewer.principal.sub, myBureau: viewer.principal.bureau ?? '' })
      .getRawOne<AppealCountsDto>()
    return row ?? zero
  }

  /** The viewer's appeals matching the filters, or null when the viewer sees none. */
  private filtered(viewer: Viewer, query: Partial<AppealListQueryDto>, soon: Date) {
    const scope = appealScope(appealViewer(viewer))
    if (scope === false) return null
    const qb = this.db.getRepository(Appeal).createQueryBuilder('a')
    if (scope) qb.andWhere(scope.sql, scope.params)
    if (query.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: query.status })
    if (query.category) qb.andWhere('a.category_code = :category', { category: query.category })
    if (query.bureau) qb.andWhere('(a.lead_bureau = :bureau OR a.assisting_bureaus @> ARRAY[:bureau]::varchar[])', { bureau: query.bureau })
    if (query.enterprise) qb.andWhere('a.enterprise_uscc = :enterprise', { enterprise: query.enterprise })
    if (query.mine !== undefined) qb.andWhere(query.mine ? MINE_SQL : `NOT ${MINE_SQL}`, { me: viewer.principal.sub })
    if (query.lead) qb.andWhere('a.lead_bureau = :lead', { lead: query.lead })
    if (query.district) qb.andWhere('a.district = :district', { district: query.district })
    // Shanghai dates: a day runs from 00:00 +08:00
    if (query.dispatchedFrom) qb.andWhere(`a.dispatched_at >= (:dispatchedFrom || ' 00:00+08')::timestamptz`, { dispatchedFrom: query.dispatchedFrom })
    if (query.dispatchedTo) qb.andWhere(`a.dispatched_at < (:dispatchedTo || ' 00:00+08')::timestamptz + interval '1 day'`, { dispatchedTo: query.dispatchedTo })
    if (query.ratedFrom) qb.andWhere(`a.rated_at >= (:ratedFrom || ' 00:00+08')::timestamptz`, { ratedFrom: query.ratedFrom })
    if (query.ratedTo) qb.andWhere(`a.rated_at < (:ratedTo || ' 00:00+08')::timestamptz + interval '1 day'`, { ratedTo: query.ratedTo })
    if (query.everOverdue !== undefined) {
      qb.andWhere(`EXISTS (SELECT 1 FROM appeal_events e WHERE e.appeal_id = a.id AND e.action = 'overdue' AND e.at >= a.dispatched_at) = :everOverdue`, { everOverdue: query.everOverdue })
    }
    if (query.rating) qb.andWhere('a.rating = :rating', { rating: query.rating })
    if (query.reopened !== undefined) qb.andWhere(query.reopened ? 'a.reopen_count > 0' : 'a.reopen_count = 0')
    if (query.pendingExtension !== undefined) qb.andWhere('a.pending_extension = :pending', { pending: query.pendingExtension })
    const myBureau = viewer.principal.bureau ?? ''
    if (query.part === 'lead') qb.andWhere('a.lead_bureau = :myBureau', { myBureau })
    if (query.part === 'assisting') qb.andWhere('a.assisting_bureaus @> ARRAY[:myBureau]::varchar[]', { myBureau })
    if (query.awaitingOpinion !== undefined) qb.andWhere(`(${AWAITING_MY_OPINION_SQL}) = :awaitingOpinion`, { myBureau, awaitingOpinion: query.awaitingOpinion })
    const now = this.clock.now()
    if (query.overdue !== undefined) {
      qb.andWhere(`(a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} < :now) = :overdue`, { now, overdue: query.overdue })
    }
    if (query.dueSoon !== undefined) {
      qb.andWhere(`(a.status IN ('dispatched', 'in_progress') AND ${DUE_SQL} >= :now AND ${DUE_SQL} <= :soon) = :dueSoon`, { now, soon, dueSoon: query.dueSoon })
    }
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`
      qb.andWhere('(a.number ILIKE :q OR a.title ILIKE :q OR EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = a.enterprise_uscc AND e.name ILIKE :q))', { q: like })
    }
    return qb
  }

  /** Which of these enterprises the viewer is the steward of. */
  private async stewardedBy(viewer: Viewer, usccs: string[]): Promise<Set<string>> {
    if (usccs.length === 0) return new Set()
    const rows: { uscc: string }[] = await this.db.query(`SELECT uscc FROM enterprises WHERE uscc = ANY($1) AND steward_sub = $2`, [[...new Set(usccs)], viewer.principal.sub])
    return new Set(rows.map((r) => r.uscc))
  }

  private async enterpriseNames(usccs: string[]): Promise<Map<string, string>> {
    if (usccs.length === 0) return new Map()
    const rows: { uscc: string; name: string }[] = await this.db.query(`SELECT uscc, name FROM enterprises WHERE uscc = ANY($1)`, [[...new Set(usccs)]])
    return new Map(rows.map((r) => [r.uscc, r.name]))
  }

  // ---- actions ------------------------------------------------------------------------------

  dispatch(viewer: Viewer, id: string, dto: DispatchAppealDto): Promise<AppealDto> {
    return this.act(viewer, id, 'dispatch', async (em, appeal, actor, now) => {
      const assisting = dto.assistingBureaus.filter((b) => b !== dto.leadBureau)
      const calendar = await this.calendar.calendar(em)
      const policy = await this.policies.current(em)
      Object.assign(appeal, {
        leadBureau: dto.leadBureau,
        assistingBureaus: assisting,
        complexity: dto.complexity,
        dispatchedAt: now,
        acceptDueAt: deadlineAfter(calendar, now, policy.acceptDays),
        acceptedAt: null,
        answerDueAt: deadlineAfter(calendar, now, dto.complexity === 'complex' ? policy.complexDays : policy.simpleDays),
        remindedAt: null,
        overdueNotifiedAt: null,
      })
      const data = { number: appeal.number, title: appeal.title, dueAt: appeal.acceptDueAt!.toISOString() }
      await this.notifications.notify(em, [{ kind: 'bureau', id: dto.leadBureau }], 'dispatched', appeal.id, data)
      await this.notifications.notify(em, assisting.map((b) => ({ kind: 'bureau', id: b }) as Audience), 'assisting', appeal.id, data)
      await this.notifications.notify(em, [{ kind: 'enterprise', id: appeal.enterpriseUscc }], 'dispatched', appeal.id, { ...data, leadBureau: dto.leadBureau })
      return {
        note: blankToNull(dto.note),
        data: { leadBureau: dto.leadBureau, assistingBureaus: assisting, complexity: dto.complexity, acceptDueAt: appeal.acceptDueAt!.toISOString(), answerDueAt: appeal.answerDueAt!.toISOString() },
      }
    })
  }

  accept(viewer: Viewer, id: string): Promise<AppealDto> {
    return this.act(viewer, id, 'accept', async (em, appeal, actor, now) => {
      Object.assign(appeal, { acceptedAt: now, remindedAt: null, overdueNotifiedAt: null })
      await this.notifications.notify(em, [{ kind: 'enterprise', id: appeal.enterpriseUscc }], 'accepted', appeal.id, { number: appeal.number, title: appeal.title, dueAt: appeal.answerDueAt?.toISOString() ?? null })
      return {}
    })
  }

  returnToCoordinator(viewer: Viewer, id: string, reason: string): Promise<AppealDto> {
    return this.act(viewer, id, 'return', async (em, appeal, actor) => {
      const from = appeal.leadBureau
      Object.assign(appeal, {
        leadBureau: null,
        assistingBureaus: [],
        complexity: null,
        dispatchedAt: null,
        acceptDueAt: null,
        acceptedAt: null,
        answerDueAt: null,
        remindedAt: null,
        overdueNotifiedAt: null,
        returnCount: appeal.returnCount + 1,
      })
      await this.notifications.notify(em, [{ kind: 'coordinators', id: '' }], 'returned', appeal.id, { number: appeal.number, title: appeal.title, bureau: from, reason })
      return { note: reason, data: { bureau: actor.bureau } }
    })
  }

  /**
   * The lead's answer: at least ANSWER_MIN_CHARS characters (400 ANSWER_TOO_SHORT). While an
   * assisting opinion is awaited, only with `skipAssistingOpinion` and a reason (409
   * ASSISTING_OPINION_AWAITED otherwise): the reason goes on the timeline and the assisting bureaus
   * still awaited are told.
   */
  respond(viewer: Viewer, id: string, dto: RespondAppealDto): Promise<AppealDto> {
    const body = dto.body
    if (body.trim().length < ANSWER_MIN_CHARS) throw new ApiException(400, 'ANSWER_TOO_SHORT', `An answer has at least ${ANSWER_MIN_CHARS} characters`)
    const skip = dto.skipAssistingOpinion === true
    const skipReason = blankToNull(dto.skipReason)
    if (skip && !skipReason) throw new InputInvalidException([fieldProblem('skipReason', 'REQUIRED', 'skipReason is required to answer without the assisting opinion')])
    return this.act(viewer, id, 'respond', async (em, appeal, actor, now) => {
      const calendar = await this.calendar.calendar(em)
      const policy = await this.policies.current(em)
      const skipped = await this.awaitedOpinions(em, appeal)
      Object.assign(appeal, { respondedAt: now, rateDueAt: deadlineAfter(calendar, now, policy.rateDays), remindedAt: null, overdueNotifiedAt: null })
      await this.notifications.notify(em, [{ kind: 'enterprise', id: appeal.enterpriseUscc }], 'responded', appeal.id, { number: appeal.number, title: appeal.title })
      if (skipped.length) {
        await this.notifications.notify(em, skipped.map((b) => ({ kind: 'bureau', id: b }) as Audience), 'opinion_skipped', appeal.id, { number: appeal.number, title: appeal.title, bureau: actor.bureau, reason: skipReason })
      }
      // the working days to this answer, on the calendar of today: a later calendar edit changes no figure already counted
      return { note: body, data: { answerDays: workingDaysBetween(calendar, appeal.dispatchedAt!, now), ...(skipped.length ? { skippedAssisting: skipped, skipReason } : {}) } }
    }, undefined, skip)
  }

  /** The assisting bureaus with no opinion since the current dispatch. */
  private async awaitedOpinions(em: EntityManager, appeal: Appeal): Promise<string[]> {
    if (!appeal.assistingBureaus.length || !appeal.dispatchedAt) return []
    const rows: { bureau: string }[] = await em.query(
      `SELECT DISTINCT actor_bureau AS bureau FROM appeal_events WHERE appeal_id = $1 AND action = 'opinion' AND at >= $2 AND actor_bureau IS NOT NULL`,
      [appeal.id, appeal.dispatchedAt],
    )
    return awaitedOpinions(appeal.assistingBureaus, rows.map((r) => r.bureau))
  }

  /** 不满意 reopens the appeal (a new answer window) and needs the enterprise's reason (`comment`); 满意 / 基本满意 close it. */
  rate(viewer: Viewer, id: string, dto: RateAppealDto): Promise<AppealDto> {
    if (dto.rating === 'unsatisfied' && !blankToNull(dto.comment)) {
      throw new InputInvalidException([fieldProblem('comment', 'REQUIRED', 'Say why the answer is unsatisfactory: the bureau handles the appeal again with it')])
    }
    return this.act(viewer, id, 'rate', async (em, appeal, actor, now, to) => {
      Object.assign(appeal, { resolved: dto.resolved, rating: dto.rating, ratedAt: now, rateDueAt: null })
      const data = { number: appeal.number, title: appeal.title, rating: dto.rating, resolved: dto.resolved }
      if (to === 'in_progress') {
        // 不满意: back to the lead bureau with a fresh answer deadline
        const calendar = await this.calendar.calendar(em)
        const policy = await this.policies.current(em)
        Object.assign(appeal, {
          reopenCount: appeal.reopenCount + 1,
          respondedAt: null,
          answerDueAt: deadlineAfter(calendar, now, appeal.complexity === 'complex' ? policy.complexDays : policy.simpleDays),
          remindedAt: null,
          overdueNotifiedAt: null,
        })
        await this.notifications.notify(em, [{ kind: 'bureau', id: appeal.leadBureau! }, { kind: 'coordinators', id: '' }], 'reopened', appeal.id, data)
      } else {
        appeal.closedAt = now
        await this.notifications.notify(em, [{ kind: 'bureau', id: appeal.leadBureau! }, { kind: 'coordinators', id: '' }], 'rated', appeal.id, data)
      }
      return { note: blankToNull(dto.comment), data: { resolved: dto.resolved, rating: dto.rating, reopened: to === 'in_progress', ...(to === 'in_progress' ? { answerDueAt: appeal.answerDueAt!.toISOString() } : {}) } }
    }, dto.rating)
  }

  withdraw(viewer: Viewer, id: string, note: string | null | undefined): Promise<AppealDto> {
    return this.act(viewer, id, 'withdraw', async (em, appeal, actor, now) => {
      appeal.closedAt = now
      const audiences: Audience[] = [{ kind: 'coordinators', id: '' }]
      if (appeal.leadBureau) audiences.push({ kind: 'bureau', id: appeal.leadBureau })
      await this.notifications.notify(em, audiences, 'withdrawn', appeal.id, { number: appeal.number, title: appeal.title })
      return { note: blankToNull(note) }
    })
  }

  opinion(viewer: Viewer, id: string, body: string): Promise<AppealDto> {
    return this.act(viewer, id, 'opinion', async (em, appeal, actor) => {
      await this.notifications.notify(em, [{ kind: 'bureau', id: appeal.leadBureau! }], 'opinion', appeal.id, { number: appeal.number, title: appeal.title, bureau: actor.bureau })
      return { note: body, data: { bureau: actor.bureau } }
    })
  }

  message(viewer: Viewer, id: string, body: string): Promise<AppealDto> {
    return this.act(viewer, id, 'message', async (em, appeal, actor) => {
      // everyone on the appeal but the writer's own side hears of it
      const audiences: Audience[] = []
      if (!actor.parties.includes('owner')) audiences.push({ kind: 'enterprise', id: appeal.enterpriseUscc })
      if (!actor.parties.includes('coordinator')) audiences.push({ kind: 'coordinators', id: '' })
      if (appeal.leadBureau && actor.bureau !== appeal.leadBureau) audiences.push({ kind: 'bureau', id: appeal.leadBureau })
      await this.notifications.notify(em, audiences, 'message', appeal.id, { number: appeal.number, title: appeal.title })
      return { note: body, data: actor.bureau ? { bureau: actor.bureau } : null }
    })
  }

  requestExtension(viewer: Viewer, id: string, dto: ExtensionRequestDto): Promise<AppealDto> {
    return this.act(viewer, id, 'request_extension', async (em, appeal, actor) => {
      const request = await em.save(em.create(AppealExtensionRequest, { appealId: appeal.id, workingDays: dto.workingDays, reason: dto.reason, status: 'pending', requestedBy: actor.username, requestedByName: actor.name }))
      appeal.pendingExtension = true
      await this.notifications.notify(em, [{ kind: 'coordinators', id: '' }], 'extension_requested', appeal.id, { number: appeal.number, title: appeal.title, workingDays: dto.workingDays })
      return { note: dto.reason, data: { requestId: request.id, workingDays: dto.workingDays } }
    })
  }

  decideExtension(viewer: Viewer, id: string, requestId: string, approve: boolean, note: string | null | undefined): Promise<AppealDto> {
    return this.act(viewer, id, approve ? 'approve_extension' : 'refuse_extension', async (em, appeal, actor, now) => {
      const request = UUID.test(requestId) ? await em.findOne(AppealExtensionRequest, { where: { id: requestId, appealId: appeal.id }, lock: { mode: 'pessimistic_write' } }) : null
      if (!request) throw new ApiException(404, 'NOT_FOUND', 'No such extension request on this appeal')
      if (request.status !== 'pending') throw new ApiException(409, 'INVALID_TRANSITION', 'This extension request was already decided')
      Object.assign(request, { status: approve ? 'approved' : 'refused', decidedBy: actor.username, decidedByName: actor.name, decidedAt: now })
      await em.save(request)
      appeal.pendingExtension = false
      if (approve) {
        const calendar = await this.calendar.calendar(em)
        Object.assign(appeal, { answerDueAt: extendDeadline(calendar, appeal.answerDueAt!, request.workingDays), remindedAt: null, overdueNotifiedAt: null })
      }
      await this.notifications.notify(em, [{ kind: 'bureau', id: appeal.leadBureau! }], approve ? 'extension_approved' : 'extension_refused', appeal.id, {
        number: appeal.number,
        title: appeal.title,
        workingDays: request.workingDays,
        dueAt: appeal.answerDueAt?.toISOString() ?? null,
      })
      return { note: blankToNull(note), data: { requestId: request.id, workingDays: request.workingDays, answerDueAt: appeal.answerDueAt?.toISOString() ?? null } }
    })
  }

  close(viewer: Viewer, id: string, note: string | null | undefined): Promise<AppealDto> {
    return this.act(viewer, id, 'close', async (em, appeal, actor, now) => {
      Object.assign(appeal, { closedAt: now, rateDueAt: null })
      await this.notifications.notify(em, [{ kind: 'enterprise', id: appeal.enterpriseUscc }], 'closed', appeal.id, { number: appeal.number, title: appeal.title })
      return { note: blankToNull(note) }
    })
  }

  /**
   * One action: in a transaction, lock the appeal, check the caller may see it (404) and may do
   * this now (403 for the wrong party, 409 for the wrong state), apply the effect, move the status,
   * and append the event. Nothing changes when any step refuses.
   */
  private async act(
    viewer: Viewer,
    id: string,
    action: AppealAction,
    effect: (em: EntityManager, appeal: Appeal, actor: Actor, now: Date, to: Appeal['status']) => Promise<{ note?: string | null; data?: Record<string, unknown> | null }>,
    rating?: RateAppealDto['rating'],
    skipAssistingOpinion = false,
  ): Promise<AppealDto> {
    return inTransaction(this.db, async (em) => {
      const { appeal, access } = await findVisible(viewer, id, { em, lock: true })
      const awaitingOpinion = action === 'respond' && (await this.awaitedOpinions(em, appeal)).length > 0
      const decision = decide({ status: appeal.status, pendingExtension: appeal.pendingExtension, awaitingOpinion }, action, access.parties, rating, skipAssistingOpinion)
      if (!decision.ok) {
        throw decision.reason === 'party'
          ? new ApiException(403, 'FORBIDDEN', `You may not ${action} this appeal`)
          : decision.reason === 'opinion'
            ? new ApiException(409, 'ASSISTING_OPINION_AWAITED', 'An assisting bureau has not given its opinion yet: wait for it, or answer with skipAssistingOpinion and a reason')
            : new ApiException(409, 'INVALID_TRANSITION', `Cannot ${action} an appeal that is ${appeal.status}${appeal.pendingExtension ? ' with an extension request pending' : ''}`)
      }
      const actor: Actor = { sub: viewer.principal.sub, username: viewer.principal.username, name: actorName(viewer.principal), parties: access.parties, bureau: viewer.principal.bureau }
      await this.apply(em, appeal, actor, action, decision.to, effect)
      // The appeal as it is now (even when the action took it out of the caller's sight: a return).
      return this.detail(em, viewer, appeal)
    })
  }

  /** The system's actions (jobs): same checks, same timeline, no viewer. */
  async actAsSystem(em: EntityManager, appeal: Appeal, action: 'auto_close'): Promise<boolean> {
    const decision = decide(appeal, action, ['system'])
    if (!decision.ok) return false
    await this.apply(em, appeal, SYSTEM_ACTOR, action, decision.to, async (tx, a, _actor, now) => {
      Object.assign(a, { closedAt: now, rateDueAt: null })
      await this.notifications.notify(tx, [{ kind: 'enterprise', id: a.enterpriseUscc }, { kind: 'bureau', id: a.leadBureau! }], 'closed', a.id, { number: a.number, title: a.title, auto: true })
      return { note: null, data: { auto: true } }
    })
    return true
  }

  private async apply(
    em: EntityManager,
    appeal: Appeal,
    actor: Actor,
    action: AppealAction,
    to: Appeal['status'],
    effect: (em: EntityManager, appeal: Appeal, actor: Actor, now: Date, to: Appeal['status']) => Promise<{ note?: string | null; data?: Record<string, unknown> | null }>,
  ): Promise<void> {
    const now = this.clock.now()
    const from = appeal.status
    const before = statsStateOf(appeal)
    const { note, data } = await effect(em, appeal, actor, now, to)
    appeal.status = to
    appeal.updatedAt = now
    await em.save(appeal)
    await this.record(em, appeal.id, actor, action, from, to, note ?? null, data ?? null)
    await this.stats.record(em, before, { action, at: now, actorBureau: actor.bureau, data: data ?? null }, await this.calendar.calendar(em))
  }

  /** A system event without a status change (the overdue flag), on the timeline and in the counts. */
  async recordSystemEvent(em: EntityManager, appeal: Appeal, action: 'overdue', data: Record<string, unknown>): Promise<void> {
    const now = this.clock.now()
    await this.record(em, appeal.id, SYSTEM_ACTOR, action, appeal.status, appeal.status, null, data)
    await this.stats.record(em, statsStateOf(appeal), { action, at: now, actorBureau: null, data }, await this.calendar.calendar(em))
  }

  private async record(em: EntityManager, appealId: string, actor: Actor, action: string, from: Appeal['status'] | null, to: Appeal['status'], note: string | null, data: Record<string, unknown> | null): Promise<void> {
    const party = actor.parties[0] ?? 'system'
    await em.save(em.create(AppealEvent, { appealId, at: this.clock.now(), actorSub: actor.sub, actorUsername: actor.username, actorName: actor.name, party, actorBureau: actor.bureau, action, fromStatus: from, toStatus: to, note, data }))
  }

  private async detail(em: EntityManager, viewer: Viewer, appeal: Appeal): Promise<AppealDto> {
    const [enterprise, extension, attachments] = await Promise.all([
      em.findOneBy(Enterprise, { uscc: appeal.enterpriseUscc }),
      em.findOne(AppealExtensionRequest, { where: { appealId: appeal.id }, order: { createdAt: 'DESC' } }),
      em.find(AppealAttachment, { where: { appealId: appeal.id }, order: { createdAt: 'ASC' } }),
    ])
    const district = enterprise?.facts['district']
    // the suggestion is for the next dispatch only: from the routing catalogue in force, while the appeal waits for one
    const routing = appeal.status === 'submitted' ? await this.routing.catalogue(em) : null
    const policy = await this.timingPolicy(em)
    const mine = enterprise?.stewardSub != null && enterprise.stewardSub === viewer.principal.sub
    const awaitingOpinionFrom = appeal.status === 'dispatched' || appeal.status === 'in_progress' ? await this.awaitedOpinions(em, appeal) : []
    const reopenReason = appeal.status === 'in_progress' && appeal.reopenCount > 0 ? await this.reopenReason(em, appeal) : null
    return toAppealDto(appeal, { awaitingOpinionFrom, reopenReason, enterpriseName: enterprise?.name ?? '', enterpriseDistrict: typeof district === 'string' ? district : null, mine, extension, attachments, viewer: appealViewer(viewer), now: this.clock.now(), policy, routing })
  }

  /** The enterprise's comment with the rating that last reopened the appeal. */
  private async reopenReason(em: EntityManager, appeal: Appeal): Promise<string | null> {
    const rows: { note: string | null }[] = await em.query(
      `SELECT note FROM appeal_events WHERE appeal_id = $1 AND action = 'rate' AND to_status = 'in_progress' ORDER BY id DESC LIMIT 1`,
      [appeal.id],
    )
    return rows[0]?.note ?? null
  }

  /** What lists, counts and DTOs read of the deadline policy now: where 即将超期 ends (today or the next working day(s)). */
  private async timingPolicy(em: EntityManager = this.db.manager): Promise<{ dueSoonUntil: Date }> {
    // one after the other: inside a transaction both read on its one connection
    const calendar = await this.calendar.calendar(em)
    const policy = await this.policies.recent(em)
    return { dueSoonUntil: dueSoonUntil(calendar, this.clock.now(), policy.dueSoonDays) }
  }

  /** The deadline that applies now, for jobs and DTOs. */
  dueOf(appeal: Appeal): Date | null {
    return dueOf(appeal)
  }
}

/** What of an appeal the summary counts read. */
export function statsStateOf(a: Appeal): StatsState {
  return {
    status: a.status,
    category: a.categoryCode,
    district: a.district,
    leadBureau: a.leadBureau,
    assistingBureaus: [...a.assistingBureaus],
    dispatchedAt: a.dispatchedAt,
    acceptDueAt: a.acceptDueAt,
    answerDueAt: a.answerDueAt,
  }
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value
}
