import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem } from '../common/error-shape.js'
import { inTransaction } from '../common/transaction.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { canReadAnswer, mayDecide, mayProposeFrom, type AnswerViewer } from './answer-access.js'
import { toAnswerDto, type AnswerFields } from './answer-mapper.js'
import { identifyingMentions, type Identity } from './answer-privacy.js'
import { nextStatus, type AnswerAction, type AnswerStatus } from './answer-state.js'
import { Answer } from './answer.entity.js'
import { searchAnswers, writeSearchText } from './answers-queries.js'
import type {
  AnswerAppealDraftDto,
  AnswerDraftDto,
  AnswerDto,
  AnswerListDto,
  AnswerListQueryDto,
  AnswerReviewDto,
  ApproveAnswerDto,
  ProposeAnswerDto,
  SupersedeAnswerDto,
} from './answers.dto.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const notFound = () => new ApiException(404, 'ANSWER_NOT_FOUND', 'No such answer')
const conflict = (status: string, action: string) => new ApiException(409, 'INVALID_TRANSITION', `An answer ${status} cannot be ${action}d`)
const answerViewer = (viewer: Viewer | null): AnswerViewer | null => (viewer ? { roles: viewer.roles, bureau: viewer.principal.bureau } : null)

interface AppealFacts {
  id: string
  status: string
  lead_bureau: string | null
  title: string
  category_code: string
  measure_id: string | null
  enterprise_uscc: string
  contact_name: string | null
  contact_phone: string | null
  enterprise_name: string | null
  enterprise_contact_name: string | null
  enterprise_contact_phone: string | null
  response: string | null
}

/**
 * 政策问答: bureaus propose public answers from appeals they answered, coordinators decide; anyone
 * searches the approved ones. The appeals themselves are only read here (appeals.service.ts is not grown).
 */
@Injectable()
export class AnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async list(query: AnswerListQueryDto): Promise<AnswerListDto> {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? 10
    const { rows, total } = await searchAnswers(this.db.manager, { q: query.q ?? undefined, measureId: query.measureId, category: query.category, bureau: query.bureau }, (page - 1) * pageSize, pageSize)
    return { items: rows.map(toAnswerDto), total, page, pageSize }
  }

  async get(viewer: Viewer | null, id: string): Promise<AnswerDto> {
    return toAnswerDto(await this.visible(this.db.manager, viewer, id))
  }

  /** The review queue: coordinators and admins see all, a bureau officer its bureau's. */
  async review(viewer: Viewer, status: AnswerStatus): Promise<AnswerReviewDto[]> {
    const own = viewer.roles.includes('coordinator') || viewer.roles.includes('admin') ? null : viewer.principal.bureau
    const rows: (AnswerFields & { appeal_id: string | null; proposed_by: string; decided_by: string | null; decision_note: string | null; created_at: Date })[] = await this.db.query(
      `SELECT * FROM answers WHERE status = $1 AND ($2::varchar IS NULL OR bureau = $2) ORDER BY created_at DESC, id DESC LIMIT 200`,
      [status, own],
    )
    return rows.map((r) => ({ ...toAnswerDto(r), appealId: r.appeal_id, proposedBy: r.proposed_by, decidedBy: r.decided_by, decisionNote: r.decision_note, createdAt: new Date(r.created_at).toISOString() }))
  }

  /** A starting point for a proposal from an appeal the bureau answered, with what would identify the enterprise flagged. */
  async draftFromAppeal(viewer: Viewer, appealId: string): Promise<AnswerAppealDraftDto> {
    const appeal = await this.proposableAppeal(this.db.manager, viewer, appealId, { answered: false })
    const draft = { question: appeal.title, answer: appeal.response ?? '', measureId: appeal.measure_id, categoryCode: appeal.category_code }
    const flags = identityOf(appeal).flatMap((who) => [...identifyingMentions(draft.question, who), ...identifyingMentions(draft.answer, who)]).map((m) => `${m.kind}: ${m.text}`)
    return { ...draft, flags: [...new Set(flags)] }
  }

  async propose(viewer: Viewer, dto: ProposeAnswerDto): Promise<AnswerReviewDto> {
    const id = await inTransaction(this.db, async (em) => {
      const appeal = await this.proposableAppeal(em, viewer, dto.appealId)
      refuseIdentifying(dto, identityOf(appeal))
      const row = await em.save(em.create(Answer, {
        status: 'proposed', question: dto.question, answer: dto.answer, measureId: dto.measureId ?? null, categoryCode: dto.categoryCode,
        bureau: appeal.lead_bureau!, appealId: appeal.id, enterpriseUscc: appeal.enterprise_uscc, proposedBy: viewer.principal.username,
      }))
      await this.notifications.notify(em, [{ kind: 'coordinators', id: '' }], 'answer_proposed', appeal.id, { answerId: row.id, question: dto.question })
      return row.id
    })
    return (await this.review(viewer, 'proposed')).find((a) => a.id === id)!
  }

  /** Approves a proposal (with the coordinator's edits): published, searchable, the enterprise told. */
  async approve(viewer: Viewer, id: string, dto: ApproveAnswerDto): Promise<AnswerDto> {
    return this.decide(viewer, id, 'approve', async (em, row) => {
      const edited = { question: dto.question ?? row.question, answer: dto.answer ?? row.answer, measureId: dto.measureId === undefined ? row.measureId : dto.measureId, categoryCode: dto.categoryCode ?? row.categoryCode }
      refuseIdentifying(edited, await this.identityOfAnswer(em, row))
      Object.assign(row, edited, { publishedAt: this.clock.now() })
      await em.save(row)
      await writeSearchText(em, row.id, row.question, row.answer)
      if (row.enterpriseUscc) {
        await this.notifications.notify(em, [{ kind: 'enterprise', id: row.enterpriseUscc }], 'answer_published', row.appealId, { answerId: row.id, question: row.question })
      }
    })
  }

  decline(viewer: Viewer, id: string, note: string): Promise<AnswerDto> {
    return this.decide(viewer, id, 'decline', async (em, row) => {
      row.decisionNote = note
      await em.save(row)
      await this.notifications.notify(em, [{ kind: 'bureau', id: row.bureau }], 'answer_declined', row.appealId, { answerId: row.id, question: row.question, note })
    })
  }

  withdraw(viewer: Viewer, id: string, note: string): Promise<AnswerDto> {
    return this.decide(viewer, id, 'withdraw', async (em, row) => {
      row.decisionNote = note
      await em.save(row)
    })
  }

  /** A newer answer replaces an approved one: both kept, the old one points to the new one (published at once). */
  async supersede(viewer: Viewer, id: string, dto: SupersedeAnswerDto): Promise<AnswerDto> {
    let newId = ''
    await this.decide(viewer, id, 'supersede', async (em, row) => {
      refuseIdentifying(dto, await this.identityOfAnswer(em, row))
      const now = this.clock.now()
      const next = await em.save(em.create(Answer, {
        status: 'approved', question: dto.question, answer: dto.answer, measureId: dto.measureId ?? null, categoryCode: dto.categoryCode, bureau: row.bureau,
        appealId: row.appealId, enterpriseUscc: row.enterpriseUscc, proposedBy: viewer.principal.username, decidedBy: viewer.principal.username, decidedAt: now, publishedAt: now, supersedesId: row.id,
      }))
      await writeSearchText(em, next.id, next.question, next.answer)
      row.decisionNote = dto.note
      row.supersededById = next.id
      await em.save(row)
      newId = next.id
    })
    return this.get(viewer, newId)
  }

  private async decide(viewer: Viewer, id: string, action: AnswerAction, apply: (em: EntityManager, row: Answer) => Promise<void>): Promise<AnswerDto> {
    await inTransaction(this.db, async (em) => {
      if (!UUID.test(id)) throw notFound()
      const row = await em.findOne(Answer, { where: { id }, lock: { mode: 'pessimistic_write' } })
      if (!row || !canReadAnswer(answerViewer(viewer), row)) throw notFound()
      if (!mayDecide(answerViewer(viewer)!, action)) throw new ApiException(403, 'FORBIDDEN', 'Only a coordinator decides on answers')
      const to = nextStatus(row.status, action)
      if (!to) throw conflict(row.status, action)
      row.status = to
      row.decidedBy = viewer.principal.username
      row.decidedAt = this.clock.now()
      await apply(em, row)
    })
    return this.get(viewer, id)
  }

  private async visible(em: EntityManager, viewer: Viewer | null, id: string): Promise<AnswerFields> {
    if (!UUID.test(id)) throw notFound()
    const [row] = (await em.query(`SELECT * FROM answers WHERE id = $1`, [id])) as (AnswerFields & { bureau: string })[]
    if (!row || !canReadAnswer(answerViewer(viewer), { status: row.status as AnswerStatus, bureau: row.bureau })) throw notFound()
    return row
  }

  /** The appeal the viewer's bureau leads; unless `answered: false`, refused (409) before it is answered. */
  private async proposableAppeal(em: EntityManager, viewer: Viewer, appealId: string, options = { answered: true }): Promise<AppealFacts> {
    const notVisible = () => new ApiException(404, 'APPEAL_NOT_FOUND', 'No such appeal')
    if (!UUID.test(appealId)) throw notVisible()
    const [appeal] = (await em.query(
      `SELECT a.id, a.status, a.lead_bureau, a.title, a.category_code, a.measure_id, a.enterprise_uscc, a.contact_name, a.contact_phone,
              e.name AS enterprise_name, e.contact_name AS enterprise_contact_name, e.contact_phone AS enterprise_contact_phone,
              (SELECT ev.note FROM appeal_events ev WHERE ev.appeal_id = a.id AND ev.action = 'respond' ORDER BY ev.id DESC LIMIT 1) AS response
         FROM appeals a LEFT JOIN enterprises e ON e.uscc = a.enterprise_uscc WHERE a.id = $1`,
      [appealId],
    )) as AppealFacts[]
    if (!appeal) throw notVisible()
    const may = mayProposeFrom(answerViewer(viewer)!, { leadBureau: appeal.lead_bureau, status: appeal.status })
    if (may === 'not_visible') throw notVisible()
    if (may === 'not_answered' && options.answered) throw new ApiException(409, 'APPEAL_NOT_ANSWERED', 'Propose an answer once the appeal has been answered')
    return appeal
  }

  private async identityOfAnswer(em: EntityManager, row: Answer): Promise<Identity[]> {
    if (!row.appealId) return []
    const [a] = (await em.query(
      `SELECT a.enterprise_uscc, a.contact_name, a.contact_phone, e.name AS enterprise_name, e.contact_name AS enterprise_contact_name, e.contact_phone AS enterprise_contact_phone
         FROM appeals a LEFT JOIN enterprises e ON e.uscc = a.enterprise_uscc WHERE a.id = $1`,
      [row.appealId],
    )) as AppealFacts[]
    return a ? identityOf(a) : []
  }
}

/** The appeal's contact and the enterprise profile's contact: either may appear in a draft. */
function identityOf(a: Pick<AppealFacts, 'enterprise_uscc' | 'contact_name' | 'contact_phone' | 'enterprise_name' | 'enterprise_contact_name' | 'enterprise_contact_phone'>): Identity[] {
  return [
    { enterpriseName: a.enterprise_name, uscc: a.enterprise_uscc, contactName: a.contact_name, contactPhone: a.contact_phone },
    { enterpriseName: null, uscc: null, contactName: a.enterprise_contact_name, contactPhone: a.enterprise_contact_phone },
  ]
}

function refuseIdentifying(draft: Pick<AnswerDraftDto, 'question' | 'answer'>, who: Identity | Identity[]): void {
  const identities = Array.isArray(who) ? who : [who]
  if (identities.length === 0) identities.push({ enterpriseName: null, uscc: null, contactName: null, contactPhone: null })
  const problems = (['question', 'answer'] as const).flatMap((field) => {
    const mentions = identities.flatMap((i) => identifyingMentions(draft[field], i))
    const unique = [...new Map(mentions.map((m) => [`${m.kind}:${m.text}`, m])).values()]
    return unique.map((m) => fieldProblem(field, 'INVALID', `${m.kind}: ${m.text}`))
  })
  if (problems.length) throw new ApiException(400, 'ANSWER_IDENTIFIES_ENTERPRISE', 'The public text names or identifies the enterprise: remove what is listed', problems)
}
