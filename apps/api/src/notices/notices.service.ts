import { Inject, Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, In, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { inTransaction } from '../common/transaction.js'
import { assertExportSize, type ExportTable } from '../common/table-files.js'
import { ApiException, fieldProblem, InputInvalidException, type FieldProblem } from '../common/error-shape.js'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'
import type { Viewer } from '../auth/viewer.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { noticeActionsFor, noticeScope } from './notice-access.js'
import { findVisible, noticeViewer, type VisibleNotice } from './notice-records.js'
import { KeptAudienceQueries } from './notice-audience-kept.queries.js'
import { audienceDateOf, audienceSql, factsFromValues, measureConcerns, measureFactNames, type AudienceCriteria } from './notice-audience.js'
import { toIcs } from './notice-ics.js'
import { outsideOwnIndustries } from './audience-breakdown.queries.js'
import { associationName, registrationOrder, toMyRegistration, toNoticeDto, toRegistrationDto, toSummaryDto } from './notice-mapper.js'
import { plainTextOf, renderNoticeMarkdown } from './notice-markdown.js'
import { registrationExportTable } from './registration-export.js'
import { decideNotice, placeRegistration, promotions, type NoticeAction, type NoticeSituation } from './notice-state.js'
import type {
  AttendanceDto,
  AudienceDto,
  AudiencePreviewDto,
  CreateNoticeDto,
  FunnelDto,
  MeasureCoverageDto,
  MeasureCoverageListDto,
  NoticeCountsDto,
  NoticeCoverageDto,
  NoticeDto,
  NoticeListDto,
  NoticeListQueryDto,
  RegisterDto,
  RegistrationListDto,
  RegistrationResultDto,
  UpdateNoticeDto,
} from './notice.dto.js'
import { Notice, NoticeRegistration } from './notice.entity.js'

const SAMPLE_SIZE = 10

export { noticeViewer } from './notice-records.js'
export type Loaded = VisibleNotice

export interface AudienceMatch {
  count: number
  /** Every matched enterprise (only when asked: publishing, coverage). */
  usccs: string[]
  /** Up to SAMPLE_SIZE, key enterprises first. */
  sample: string[]
  asOf: string
}

/**
 * Training notices: drafting and publishing (the audience computed in SQL and by the rules
 * engine, reached enterprises recorded and notified set-based), registrations with the seats held
 * under the notice's row lock (and a CHECK), the waitlist, attendance, exports and coverage. Every
 * change is one transaction; every refusal leaves nothing written.
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly kept: KeptAudienceQueries,
  ) {}

  // ---- drafting -----------------------------------------------------------------------------

  async create(viewer: Viewer, dto: CreateNoticeDto): Promise<NoticeDto> {
    const association = viewer.principal.association
    if (!association) throw new ApiException(403, 'FORBIDDEN', 'Your account carries no association')
    const fields = checkFields({
      title: dto.title,
      body: dto.body,
      kind: dto.kind,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      registrationDeadline: new Date(dto.registrationDeadline),
      venue: blankToNull(dto.venue),
      onlineUrl: blankToNull(dto.onlineUrl),
      capacity: dto.capacity,
      attendeeLimit: dto.attendeeLimit ?? 5,
      measureIds: dto.measureIds ?? [],
      audience: cleanAudience(dto.audience ?? {}),
    })
    const now = this.clock.now()
    const inserted = await this.db
      .createQueryBuilder()
      .insert()
      .into(Notice)
      .values({ ...fields, association, createdBySub: viewer.principal.sub, createdByUsername: viewer.principal.username, status: 'draft', seatsTaken: 0, targetedCount: 0, createdAt: now, updatedAt: now })
      .returning(['id'])
      .execute()
    return this.get(viewer, (inserted.raw as { id: string }[])[0]!.id, { recordOpening: false })
  }

  async update(viewer: Viewer, id: string, dto: UpdateNoticeDto): Promise<NoticeDto> {
    return this.db.transaction(async (em) => {
      const loaded = await findVisible(viewer, id, { em: em, lock: true })
      this.assert(loaded, 'edit')
      const { notice } = loaded
      const before = { ...notice, audience: notice.audience }
      const fields = checkFields({
        title: dto.title ?? notice.title,
        body: dto.body ?? notice.body,
        kind: dto.kind ?? notice.kind,
        startsAt: dto.startsAt ? new Date(dto.startsAt) : notice.startsAt,
        endsAt: dto.endsAt ? new Date(dto.endsAt) : notice.endsAt,
        registrationDeadline: dto.registrationDeadline ? new Date(dto.registrationDeadline) : notice.registrationDeadline,
        venue: dto.venue === undefined ? notice.venue : blankToNull(dto.venue),
        onlineUrl: dto.onlineUrl === undefined ? notice.onlineUrl : blankToNull(dto.onlineUrl),
        capacity: dto.capacity ?? notice.capacity,
        attendeeLimit: dto.attendeeLimit ?? notice.attendeeLimit,
        measureIds: dto.measureIds ?? notice.measureIds,
        audience: dto.audience ? cleanAudience(dto.audience) : notice.audience,
      })
      if (fields.capacity < notice.seatsTaken) {
        throw new InputInvalidException([fieldProblem('capacity', 'OUT_OF_RANGE', `capacity may not go below the ${notice.seatsTaken} seats already taken`)])
      }
      const now = this.clock.now()
      const timeChanged = ['startsAt', 'endsAt', 'registrationDeadline'].some((k) => new Date(before[k as 'startsAt']).getTime() !== (fields[k as 'startsAt'] as Date).getTime())
      const placeChanged = before.venue !== fields.venue || before.onlineUrl !== fields.onlineUrl
      const audienceChanged = JSON.stringify(canonicalAudience(before.audience)) !== JSON.stringify(canonicalAudience(fields.audience))
      Object.assign(notice, fields, { updatedAt: now })
      if (timeChanged) notice.remindedAt = null
      if (notice.status === 'published') {
        const changes = [...(timeChanged ? ['time'] : []), ...(placeChanged ? ['place'] : []), ...(audienceChanged ? ['audience'] : [])]
        if (audienceChanged || timeChanged) await this.reach(em, notice, now)
        if (changes.length > 0) {
          const registrants = await this.registrantUsccs(em, notice.id)
          await this.notifications.notifyEnterprises(em, registrants, 'notice_changed', { ...this.noticeData(notice), changes })
        }
        await em.save(notice)
        await this.promote(em, notice, now)
      } else {
        await em.save(notice)
      }
      return this.detail(em, viewer, notice.id)
    })
  }

  async publish(viewer: Viewer, id: string): Promise<NoticeDto> {
    return this.db.transaction(async (em) => {
      const loaded = await findVisible(viewer, id, { em: em, lock: true })
      this.assert(loaded, 'publish')
      const { notice } = loaded
      const now = this.clock.now()
      Object.assign(notice, { status: 'published', publishedAt: now, updatedAt: now })
      await this.reach(em, notice, now)
      await em.save(notice)
      return this.detail(em, viewer, notice.id)
    })
  }

  async cancel(viewer: Viewer, id: string, reason: string | null | undefined): Promise<NoticeDto> {
    return this.db.transaction(async (em) => {
      const loaded = await findVisible(viewer, id, { em: em, lock: true })
      this.assert(loaded, 'cancel')
      const { notice } = loaded
      const now = this.clock.now()
      const wasPublished = notice.status === 'published'
      Object.assign(notice, { status: 'cancelled', cancelledAt: now, cancelReason: blankToNull(reason), updatedAt: now })
      await em.save(notice)
      if (wasPublished) {
        const registrants = await this.registrantUsccs(em, notice.id)
        await this.notifications.notifyEnterprises(em, registrants, 'notice_cancelled', { ...this.noticeData(notice), reason: notice.cancelReason })
      }
      return this.detail(em, viewer, notice.id)
    })
  }

  /** The body as the API serves it (the admin app's preview): one renderer for both apps. */
  render(body: string): { html: string } {
    return { html: renderNoticeMarkdown(body) }
  }

  // ---- the audience ----------------------------------------------------------------------------

  /**
   * The enterprises an audience reaches on `asOf`: PostgreSQL applies the structural criteria; for
   * a measure criterion it returns, of the remaining rows, only the facts the measure reads and the
   * rules engine decides. `collect` returns every USCC (publishing, coverage).
   */
  async matchAudience(em: EntityManager, criteria: AudienceCriteria, asOf: string, collect: boolean): Promise<AudienceMatch> {
    const { sql, params } = audienceSql(criteria, 'e')
    const measureId = criteria.measureId ?? null
    const names = measureId ? measureFactNames(measureId) : []
    for (const n of names) if (!/^[A-Za-z]+$/.test(n)) throw new Error(`Unexpected fact name ${n}`)
    const select = ['e.uscc AS uscc', 'e.is_key AS key']
    if (names.length) select.push(`jsonb_build_array(${names.map((n) => `e.facts->'${n}'`).join(', ')}) AS v`)
    const qb = em.createQueryBuilder().select(select).from('enterprises', 'e').where(sql, params)
    const [query, parameters] = qb.getQueryAndParameters()
    if (!measureId && !collect) {
      // counting needs no rows: count in SQL; the sample is the first key enterprises, then others
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM (${query}) q`, parameters)
      const sample: { uscc: string }[] = await em.query(`SELECT uscc FROM (${query}) q ORDER BY key DESC, uscc LIMIT ${SAMPLE_SIZE}`, parameters)
      return { count: n, usccs: [], sample: sample.map((r) => r.uscc), asOf }
    }
    const rows: { uscc: string; key: boolean; v?: unknown[] }[] = await em.query(query, parameters)
    const usccs: string[] = []
    const keys: string[] = []
    const others: string[] = []
    let count = 0
    for (const row of rows) {
      if (measureId && !measureConcerns(measureId, factsFromValues(names, row.v ?? []), asOf)) continue
      count++
      if (collect) usccs.push(row.uscc)
      if (row.key && keys.length < SAMPLE_SIZE) keys.push(row.uscc)
      else if (!row.key && others.length < SAMPLE_SIZE) others.push(row.uscc)
    }
    return { count, usccs, sample: [...keys, ...others].slice(0, SAMPLE_SIZE), asOf }
  }

  async audiencePreview(viewer: Viewer, id: string): Promise<AudiencePreviewDto> {
    const loaded = await findVisible(viewer, id, { em: this.db.manager })
    if (!loaded.access.parties.some((p) => p === 'owner' || p === 'coordinator' || p === 'admin')) throw new ApiException(403, 'FORBIDDEN', 'Only the association and coordinators see the audience')
    return this.preview(loaded.notice.audience, audienceDateOf(loaded.notice.startsAt), loaded.notice.association)
  }

  async previewFor(dto: AudienceDto, startsAt: string | undefined, association: string | null = null): Promise<AudiencePreviewDto> {
    return this.preview(cleanAudience(dto), startsAt ? audienceDateOf(new Date(startsAt)) : this.clock.today(), association)
  }

  private async preview(criteria: AudienceCriteria, asOf: string, association: string | null): Promise<AudiencePreviewDto> {
    const started = performance.now()
    const measureId = criteria.measureId
    const kept = measureId && (await this.kept.answers(measureId, asOf)) ? { ...criteria, measureId } : null
    const match = kept ? await this.kept.match(this.db.manager, kept, SAMPLE_SIZE) : await this.matchAudience(this.db.manager, criteria, asOf, false)
    const rows: { uscc: string; name: string; industry: string | null; district: string | null; is_key: boolean }[] = match.sample.length
      ? await this.db.query(`SELECT uscc, name, facts->>'industry' AS industry, facts->>'district' AS district, is_key FROM enterprises WHERE uscc = ANY($1)`, [match.sample])
      : []
    const byUscc = new Map(rows.map((r) => [r.uscc, r]))
    const sample = match.sample.map((u) => byUscc.get(u)).filter((r) => r !== undefined).map((r) => ({ uscc: r.uscc, name: r.name, industry: r.industry, district: r.district, isKey: r.is_key }))
    const outside = !association ? null : kept ? await this.kept.outside(this.db.manager, kept, association) : await outsideOwnIndustries(this.db.manager, criteria, association, async () => (await this.matchAudience(this.db.manager, criteria, asOf, true)).usccs)
    return { count: match.count, outside, sample, asOf, tookMs: Math.round(performance.now() - started) }
  }

  /**
   * Records and notifies the enterprises the audience reaches now (publishing, or a changed
   * audience or date): new ones are told "published"; ones no longer in the audience lose sight of
   * it unless they registered.
   */
  private async reach(em: EntityManager, notice: Notice, now: Date): Promise<void> {
    const match = await this.matchAudience(em, notice.audience, audienceDateOf(notice.startsAt), true)
    notice.targetedCount = match.count
    const added: { enterprise_uscc: string }[] = await em.query(
      `INSERT INTO notice_audience (notice_id, enterprise_uscc, reached_at) SELECT $1, u, $2 FROM unnest($3::char(18)[]) AS u
       ON CONFLICT DO NOTHING RETURNING enterprise_uscc`,
      [notice.id, now, match.usccs],
    )
    await em.query(`DELETE FROM notice_audience WHERE notice_id = $1 AND NOT (enterprise_uscc = ANY($2::char(18)[]))`, [notice.id, match.usccs])
    await this.notifications.notifyEnterprises(em, added.map((r) => r.enterprise_uscc), 'notice_published', this.noticeData(notice))
  }

  // ---- reading -------------------------------------------------------------------------------

  async get(viewer: Viewer, id: string, options: { recordOpening?: boolean } = {}): Promise<NoticeDto> {
    const loaded = await findVisible(viewer, id, { em: this.db.manager })
    if (options.recordOpening !== false && loaded.reached && loaded.access.parties.includes('audience')) {
      await this.db.query(`UPDATE notice_audience SET opened_at = $3 WHERE notice_id = $1 AND enterprise_uscc = $2 AND opened_at IS NULL`, [id, viewer.boundUscc, this.clock.now()])
    }
    return this.toDto(this.db.manager, loaded)
  }

  async list(viewer: Viewer, query: NoticeListQueryDto): Promise<NoticeListDto> {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 20
    const qb = this.filtered(viewer, query)
    if (!qb) return { items: [], total: 0, page, pageSize }
    const now = this.clock.now()
    // upcoming first (soonest first), then the past (latest first)
    qb.orderBy(`(n.ends_at < :now)`, 'ASC')
      .addOrderBy(`CASE WHEN n.ends_at >= :now THEN n.starts_at END`, 'ASC')
      .addOrderBy('n.starts_at', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .setParameter('now', now)
    const [notices, total] = await qb.skip((page - 1) * pageSize).take(pageSize).getManyAndCount()
    const mine = await this.myRegistrations(this.db.manager, viewer, notices.map((n) => n.id))
    return { items: notices.map((n) => toSummaryDto(n, mine.get(n.id) ?? null)), total, page, pageSize }
  }

  async counts(viewer: Viewer): Promise<NoticeCountsDto> {
    const zero = { draft: 0, published: 0, upcoming: 0, cancelled: 0, registrations: 0, waitlisted: 0 }
    const qb = this.filtered(viewer, {})
    if (!qb) return zero
    const row = await qb
      .select([
        `count(*) FILTER (WHERE n.status = 'draft')::int AS draft`,
        `count(*) FILTER (WHERE n.status = 'published')::int AS published`,
        `count(*) FILTER (WHERE n.status = 'published' AND n.ends_at >= :now)::int AS upcoming`,
        `count(*) FILTER (WHERE n.status = 'cancelled')::int AS cancelled`,
        `coalesce(sum((SELECT count(*) FROM notice_registrations r WHERE r.notice_id = n.id AND r.status = 'registered')), 0)::int AS registrations`,
        `coalesce(sum((SELECT count(*) FROM notice_registrations r WHERE r.notice_id = n.id AND r.status = 'waitlisted')), 0)::int AS waitlisted`,
      ])
      .setParameter('now', this.clock.now())
      .getRawOne<NoticeCountsDto>()
    return row ?? zero
  }

  private filtered(viewer: Viewer, query: Partial<NoticeListQueryDto>) {
    const scope = noticeScope(noticeViewer(viewer))
    if (scope === false) return null
    const qb = this.db.getRepository(Notice).createQueryBuilder('n')
    if (scope) qb.andWhere(scope.sql, scope.params)
    if (query.status) qb.andWhere('n.status = :status', { status: query.status })
    if (query.measureId) qb.andWhere(':measureId = ANY(n.measure_ids)', { measureId: query.measureId })
    if (query.upcoming !== undefined) qb.andWhere(query.upcoming ? 'n.ends_at >= :at' : 'n.ends_at < :at', { at: this.clock.now() })
    if (query.registered) {
      if (!viewer.boundUscc) return null
      qb.andWhere(`EXISTS (SELECT 1 FROM notice_registrations mr WHERE mr.notice_id = n.id AND mr.enterprise_uscc = :mine AND mr.status <> 'withdrawn')`, { mine: viewer.boundUscc })
    }
    return qb
  }

  // ---- registering ---------------------------------------------------------------------------

  /**
   * Registers the caller's enterprise. Under the notice's row lock (registrations of one notice
   * queue behind each other; the CHECK on seats_taken backs it): a seat when the attendees fit and
   * nobody waits, else the waitlist. A withdrawn registration registers again at the end of the queue.
   */
  async register(viewer: Viewer, id: string, dto: RegisterDto): Promise<RegistrationResultDto> {
    const result = await inTransaction(this.db, async (em) => {
      const loaded = await findVisible(viewer, id, { em: em, lock: true })
      this.assert(loaded, 'register')
      const { notice } = loaded
      if (dto.attendees > notice.attendeeLimit) {
        throw new InputInvalidException([fieldProblem('attendees', 'OUT_OF_RANGE', `attendees must be at most ${notice.attendeeLimit} for this notice`)])
      }
      const now = this.clock.now()
      const [{ waiting }] = await em.query(`SELECT count(*)::int AS waiting FROM notice_registrations WHERE notice_id = $1 AND status = 'waitlisted'`, [notice.id])
      const status = placeRegistration({ capacity: notice.capacity, seatsTaken: notice.seatsTaken, waiting }, dto.attendees)
      const values = { contactName: dto.contactName, contactPhone: dto.contactPhone, attendees: dto.attendees, status, queuedAt: now, promotedAt: null, withdrawnAt: null, attended: null, createdBySub: viewer.principal.sub }
      if (loaded.registration) {
        await em.update(NoticeRegistration, { id: loaded.registration.id }, values)
      } else {
        await em.insert(NoticeRegistration, { noticeId: notice.id, enterpriseUscc: viewer.boundUscc!, ...values })
      }
      if (status === 'registered') await em.query(`UPDATE notices SET seats_taken = seats_taken + $2 WHERE id = $1`, [notice.id, dto.attendees])
      return status
    })
    const notice = await this.get(viewer, id, { recordOpening: false })
    return { status: result, registration: notice.myRegistration!, notice }
  }

  /** Withdraws the caller's enterprise (until the deadline); freed seats go to the waitlist in order, each told. */
  async withdraw(viewer: Viewer, id: string): Promise<NoticeDto> {
    await inTransaction(this.db, async (em) => {
      const loaded = await findVisible(viewer, id, { em: em, lock: true })
      this.assert(loaded, 'withdraw')
      const { notice, registration } = loaded
      const now = this.clock.now()
      await em.update(NoticeRegistration, { id: registration!.id }, { status: 'withdrawn', withdrawnAt: now })
      if (registration!.status === 'registered') {
        await em.query(`UPDATE notices SET seats_taken = seats_taken - $2 WHERE id = $1`, [notice.id, registration!.attendees])
        notice.seatsTaken -= registration!.attendees
      }
      await this.promote(em, notice, now)
    })
    return this.get(viewer, id, { recordOpening: false })
  }

  /** Moves the waitlist up while the first in line fits, and tells each one moved. */
  async promote(em: EntityManager, notice: Notice, now: Date): Promise<void> {
    const [{ taken }] = await em.query(`SELECT seats_taken AS taken FROM notices WHERE id = $1`, [notice.id])
    const waitlist = await em.find(NoticeRegistration, { where: { noticeId: notice.id, status: 'waitlisted' }, order: { queuedAt: 'ASC', id: 'ASC' } })
    const moved = promotions(notice.capacity, taken as number, waitlist)
    if (moved.length === 0) return
    const seats = moved.reduce((n, r) => n + r.attendees, 0)
    await em.update(NoticeRegistration, { id: In(moved.map((r) => r.id)) }, { status: 'registered', promotedAt: now })
    await em.query(`UPDATE notices SET seats_taken = seats_taken + $2 WHERE id = $1`, [notice.id, seats])
    await this.notifications.notifyEnterprises(em, moved.map((r) => r.enterpriseUscc), 'notice_promoted', this.noticeData(notice))
  }

  // ---- follow-up -----------------------------------------------------------------------------

  async registrations(viewer: Viewer, id: string): Promise<RegistrationListDto> {
    const loaded = await findVisible(viewer, id, { em: this.db.manager })
    this.assert(loaded, 'view_registrations')
    const rows = await this.registrationRows(loaded.notice.id)
    const positions = waitlistPositions(rows)
    return {
      items: rows.map((r) => toRegistrationDto(r, positions.get(r.id) ?? null)),
      registered: rows.filter((r) => r.status === 'registered').length,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      seatsTaken: loaded.notice.seatsTaken,
      capacity: loaded.notice.capacity,
    }
  }

  /** The registrations as a table to download (registration-export.ts; written by table-files.ts). */
  async registrationsTable(viewer: Viewer, id: string): Promise<ExportTable> {
    const list = await this.registrations(viewer, id)
    assertExportSize(list.items.length, 'registrations')
    const { notice } = await findVisible(viewer, id, { em: this.db.manager })
    return registrationExportTable(notice.title, list.items)
  }

  async markAttendance(viewer: Viewer, id: string, dto: AttendanceDto): Promise<RegistrationListDto> {
    await this.db.transaction(async (em) => {
      const loaded = await findVisible(viewer, id, { em: em, lock: true })
      this.assert(loaded, 'mark_attendance')
      const ids = dto.marks.map((m) => m.registrationId)
      const found = await em.find(NoticeRegistration, { where: { noticeId: loaded.notice.id, id: In(ids) } })
      const registered = new Set(found.filter((r) => r.status === 'registered').map((r) => r.id))
      const problems: FieldProblem[] = dto.marks.flatMap((m, i) => (registered.has(m.registrationId) ? [] : [fieldProblem(`marks.${i}.registrationId`, 'NOT_ALLOWED', 'not a registered (seated) registration of this notice')]))
      if (problems.length) throw new InputInvalidException(problems)
      for (const m of dto.marks) await em.update(NoticeRegistration, { id: m.registrationId }, { attended: m.attended ?? null })
    })
    return this.registrations(viewer, id)
  }

  /**
   * The coverage funnel (应知尽知) of a notice: targeted (the audience on today's profiles) →
   * reached (told) → opened → registered → attended; for coordinators and admins also each linked
   * measure across all its notices.
   */
  async coverage(viewer: Viewer, id: string): Promise<NoticeCoverageDto> {
    const loaded = await findVisible(viewer, id, { em: this.db.manager })
    this.assert(loaded, 'view_coverage')
    const { notice } = loaded
    const match = await this.matchAudience(this.db.manager, notice.audience, audienceDateOf(notice.startsAt), false)
    const [row] = await this.db.query(
      `SELECT (SELECT count(*) FROM notice_audience WHERE notice_id = $1)::int AS reached,
              (SELECT count(*) FROM notice_audience WHERE notice_id = $1 AND opened_at IS NOT NULL)::int AS opened,
              (SELECT count(*) FROM notice_registrations WHERE notice_id = $1 AND status = 'registered')::int AS registered,
              (SELECT count(*) FROM notice_registrations WHERE notice_id = $1 AND status = 'registered' AND attended)::int AS attended`,
      [notice.id],
    )
    const oversight = loaded.access.parties.some((p) => p === 'coordinator' || p === 'admin')
    const measures = oversight ? await Promise.all(notice.measureIds.map((m) => this.measureFunnel(m, this.clock.today()))) : []
    return { noticeId: notice.id, funnel: { targeted: match.count, ...row }, measures }
  }

  /** Each measure linked to a published notice, across all its notices (coordinators, admins). */
  async measureCoverage(viewer: Viewer): Promise<MeasureCoverageListDto> {
    if (!viewer.roles.some((r) => r === 'coordinator' || r === 'admin')) throw new ApiException(403, 'FORBIDDEN', 'Coverage across notices is for coordinators')
    const rows: { m: string }[] = await this.db.query(`SELECT DISTINCT unnest(measure_ids) AS m FROM notices WHERE status <> 'draft' ORDER BY 1`)
    const asOf = this.clock.today()
    const items: MeasureCoverageDto[] = []
    for (const r of rows) items.push(await this.measureFunnel(r.m, asOf))
    return { items, asOf }
  }

  private async measureFunnel(measureId: string, asOf: string): Promise<MeasureCoverageDto> {
    const match = await this.matchAudience(this.db.manager, { measureId }, asOf, true)
    const [row] = await this.db.query(
      `WITH t AS (SELECT unnest($2::char(18)[]) AS uscc), ns AS (SELECT id FROM notices WHERE status <> 'draft' AND $1 = ANY(measure_ids))
       SELECT (SELECT count(*) FROM ns)::int AS notices,
              (SELECT count(DISTINCT a.enterprise_uscc) FROM notice_audience a JOIN ns ON ns.id = a.notice_id JOIN t ON t.uscc = a.enterprise_uscc)::int AS reached,
              (SELECT count(DISTINCT a.enterprise_uscc) FROM notice_audience a JOIN ns ON ns.id = a.notice_id JOIN t ON t.uscc = a.enterprise_uscc WHERE a.opened_at IS NOT NULL)::int AS opened,
              (SELECT count(DISTINCT r.enterprise_uscc) FROM notice_registrations r JOIN ns ON ns.id = r.notice_id JOIN t ON t.uscc = r.enterprise_uscc WHERE r.status = 'registered')::int AS registered,
              (SELECT count(DISTINCT r.enterprise_uscc) FROM notice_registrations r JOIN ns ON ns.id = r.notice_id JOIN t ON t.uscc = r.enterprise_uscc WHERE r.status = 'registered' AND r.attended)::int AS attended`,
      [measureId, match.usccs],
    )
    const { notices, ...funnel } = row as FunnelDto & { notices: number }
    return { measureId, notices, funnel: { ...funnel, targeted: match.count } }
  }

  /** The notice as an iCalendar entry (anyone who may see it). */
  async calendar(viewer: Viewer, id: string): Promise<{ fileName: string; text: string }> {
    const { notice } = await findVisible(viewer, id, { em: this.db.manager })
    const link = `${this.env.WEB_URL.replace(/\/$/, '')}/notices/${notice.id}`
    const text = toIcs({
      uid: `notice-${notice.id}@servicepack`,
      stamp: new Date(notice.updatedAt),
      start: new Date(notice.startsAt),
      end: new Date(notice.endsAt),
      summary: notice.title,
      description: [plainTextOf(notice.body), '', link].join('\n'),
      location: notice.venue ?? notice.onlineUrl,
      url: notice.onlineUrl ?? link,
      organizer: associationName(notice.association),
      status: notice.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      sequence: notice.version,
    })
    return { fileName: `notice-${notice.id.slice(0, 8)}.ics`, text }
  }

  // ---- the day-before reminder (the sweep in notice-reminders.ts calls it) ------------------

  /** Registrants of the notices starting within a day, told once: each notice is taken FOR UPDATE SKIP LOCKED and flagged. */
  async remindDue(): Promise<number> {
    const now = this.clock.now()
    return this.db.transaction(async (em) => {
      const due: { id: string }[] = await em.query(
        `SELECT id FROM notices WHERE status = 'published' AND reminded_at IS NULL AND starts_at > $1 AND starts_at <= $1 + interval '1 day' ORDER BY starts_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
        [now],
      )
      for (const { id } of due) {
        const notice = await em.findOneByOrFail(Notice, { id })
        await em.update(Notice, { id }, { remindedAt: now })
        const registrants: { u: string }[] = await em.query(`SELECT enterprise_uscc AS u FROM notice_registrations WHERE notice_id = $1 AND status = 'registered'`, [id])
        await this.notifications.notifyEnterprises(em, registrants.map((r) => r.u), 'notice_reminder', this.noticeData(notice))
      }
      return due.length
    })
  }

  // ---- internals ---------------------------------------------------------------------------

  private situation(loaded: Loaded): NoticeSituation {
    const r = loaded.registration
    return {
      status: loaded.notice.status,
      startsAt: loaded.notice.startsAt,
      endsAt: loaded.notice.endsAt,
      registrationDeadline: loaded.notice.registrationDeadline,
      registration: r && r.status !== 'withdrawn' ? r.status : null,
      now: this.clock.now(),
    }
  }

  /** 403 for the wrong party, 409 for the wrong moment (with the most telling code). */
  assert(loaded: Loaded, action: NoticeAction): void {
    const situation = this.situation(loaded)
    const decision = decideNotice(situation, action, loaded.access.parties)
    if (decision.ok) return
    if (decision.reason === 'party') throw new ApiException(403, 'FORBIDDEN', `You may not ${action.replace('_', ' ')} this notice`)
    if (action === 'register' && situation.registration !== null) throw new ApiException(409, 'ALREADY_REGISTERED', 'Your enterprise is already registered (or on the waitlist)')
    if ((action === 'register' || action === 'withdraw' || action === 'change_registration') && (situation.status !== 'published' || situation.now >= situation.registrationDeadline)) {
      throw new ApiException(409, 'REGISTRATION_CLOSED', 'Registration for this notice is closed')
    }
    throw new ApiException(409, 'INVALID_TRANSITION', `Cannot ${action.replace('_', ' ')} a notice that is ${situation.status}${situation.now >= situation.endsAt ? ' and over' : ''}`)
  }

  private async detail(em: EntityManager, viewer: Viewer, id: string): Promise<NoticeDto> {
    return this.toDto(em, await findVisible(viewer, id, { em: em }))
  }

  private async toDto(em: EntityManager, loaded: Loaded): Promise<NoticeDto> {
    const [{ waitlisted }] = await em.query(`SELECT count(*)::int AS waitlisted FROM notice_registrations WHERE notice_id = $1 AND status = 'waitlisted'`, [loaded.notice.id])
    const mine = loaded.registration && loaded.registration.status !== 'withdrawn' ? loaded.registration : null
    const position = mine?.status === 'waitlisted' ? await this.positionOf(em, mine) : null
    return toNoticeDto(loaded.notice, {
      myRegistration: mine ? toMyRegistration(mine, position) : null,
      waitlisted,
      allowedActions: noticeActionsFor(loaded.access, this.situation(loaded)),
    })
  }

  private async positionOf(em: EntityManager, r: NoticeRegistration): Promise<number> {
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM notice_registrations WHERE notice_id = $1 AND status = 'waitlisted' AND (queued_at, id) <= ($2::timestamptz, $3::uuid)`,
      [r.noticeId, r.queuedAt, r.id],
    )
    return n
  }

  private async myRegistrations(em: EntityManager, viewer: Viewer, noticeIds: string[]) {
    const out = new Map<string, ReturnType<typeof toMyRegistration>>()
    if (!viewer.boundUscc || noticeIds.length === 0) return out
    const rows = await em.find(NoticeRegistration, { where: { noticeId: In(noticeIds), enterpriseUscc: viewer.boundUscc } })
    for (const r of rows) if (r.status !== 'withdrawn') out.set(r.noticeId, toMyRegistration(r, r.status === 'waitlisted' ? await this.positionOf(em, r) : null))
    return out
  }

  private async registrationRows(noticeId: string): Promise<(NoticeRegistration & { enterpriseName: string })[]> {
    const rows = await this.db.manager.find(NoticeRegistration, { where: { noticeId } })
    const names: { uscc: string; name: string }[] = rows.length ? await this.db.query(`SELECT uscc, name FROM enterprises WHERE uscc = ANY($1)`, [rows.map((r) => r.enterpriseUscc)]) : []
    const byUscc = new Map(names.map((n) => [n.uscc, n.name]))
    return rows.sort(registrationOrder).map((r) => Object.assign(r, { enterpriseName: byUscc.get(r.enterpriseUscc) ?? '' }))
  }

  private async registrantUsccs(em: EntityManager, noticeId: string): Promise<string[]> {
    const rows: { u: string }[] = await em.query(`SELECT enterprise_uscc AS u FROM notice_registrations WHERE notice_id = $1 AND status IN ('registered', 'waitlisted')`, [noticeId])
    return rows.map((r) => r.u)
  }

  /** What notification texts need. */
  private noticeData(n: Notice): Record<string, unknown> {
    return { noticeId: n.id, title: n.title, startsAt: new Date(n.startsAt).toISOString(), association: n.association, associationName: associationName(n.association) }
  }
}

function waitlistPositions(rows: NoticeRegistration[]): Map<string, number> {
  const out = new Map<string, number>()
  let i = 0
  for (const r of rows) if (r.status === 'waitlisted') out.set(r.id, ++i)
  return out
}

interface NoticeFields {
  title: string
  body: string
  kind: Notice['kind']
  startsAt: Date
  endsAt: Date
  registrationDeadline: Date
  venue: string | null
  onlineUrl: string | null
  capacity: number
  attendeeLimit: number
  measureIds: string[]
  audience: AudienceCriteria
}

/** The rules across fields (each field alone is checked by the DTO). */
function checkFields(f: NoticeFields): NoticeFields {
  const problems: FieldProblem[] = []
  if (f.endsAt.getTime() <= f.startsAt.getTime()) problems.push(fieldProblem('endsAt', 'OUT_OF_RANGE', 'endsAt must be after startsAt'))
  if (f.registrationDeadline.getTime() > f.startsAt.getTime()) problems.push(fieldProblem('registrationDeadline', 'OUT_OF_RANGE', 'registrationDeadline must not be after startsAt'))
  if (!f.venue && !f.onlineUrl) problems.push(fieldProblem('venue', 'REQUIRED', 'a venue or an online link (onlineUrl) is needed'))
  const { outputValueMin: min, outputValueMax: max } = f.audience
  if (typeof min === 'number' && typeof max === 'number' && min > max) problems.push(fieldProblem('audience.outputValueMax', 'OUT_OF_RANGE', 'outputValueMax must not be below outputValueMin'))
  if (problems.length) throw new InputInvalidException(problems)
  return f
}

/** The audience as stored: only the criteria given, lists sorted. */
function cleanAudience(a: AudienceDto | AudienceCriteria): AudienceCriteria {
  const out: AudienceCriteria = {}
  if (a.industries?.length) out.industries = [...a.industries].sort()
  if (a.districts?.length) out.districts = [...a.districts].sort()
  if (typeof a.keyEnterprise === 'boolean') out.keyEnterprise = a.keyEnterprise
  if (typeof a.outputValueMin === 'number') out.outputValueMin = a.outputValueMin
  if (typeof a.outputValueMax === 'number') out.outputValueMax = a.outputValueMax
  if (a.measureId) out.measureId = a.measureId
  return out
}

function canonicalAudience(a: AudienceCriteria): AudienceCriteria {
  return cleanAudience(a)
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value
}
