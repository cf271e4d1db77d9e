import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { evaluateMeasure, factsOfMeasure, measures, type Facts } from '@servicepack/policy-rules'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { AppealDetails } from '../appeals/appeal-details.service.js'
import { AppealIntake } from '../appeals/appeal-intake.service.js'
import { AppealLifecycle } from '../appeals/appeal-lifecycle.service.js'
import { findVisible } from '../appeals/appeal-records.js'
import type { AppealDto } from '../appeals/appeal-response.dto.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { inTransaction } from '../common/transaction.js'
import { RULE_VERSIONS } from '../evaluations/rule-version.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { answerOf, type Outcome } from './application-outcome.js'

const byId = new Map(measures.map((m) => [m.id, m]))

/** The system dispatching an application to the measure's lead bureau, as the coordinators would. */
const DISPATCHER: Viewer = {
  principal: { sub: 'system:measure-push', username: 'system', name: '免申即享', email: null, roles: ['coordinator'], enterpriseUscc: null, bureau: null, association: null },
  roles: ['coordinator'],
  boundUscc: null,
}

/**
 * 确认享受 and its answer (issue 23 §3), through the appeals' own commands (so the 1515 deadlines,
 * the timeline, the 三率 and the notifications are the appeals'), each in one transaction with the
 * lifecycle applied in it (test/measure-push-transactions.spec.ts): an application is an appeal of
 * kind `application` with the evaluation snapshot, dispatched at once to the measure's lead bureau
 * (simple: accept within 1 working day, answer within 5); the bureau answers 予以兑现 / 需补充材料 /
 * 不符合, which the enterprise is told (`application_answered`).
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly intake: AppealIntake,
    private readonly lifecycle: AppealLifecycle,
    private readonly details: AppealDetails,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * 确认享受, in one transaction (all or nothing): the application is written (kind `application`,
   * with the snapshot), the push marked confirmed, and the application dispatched to the measure's
   * lead bureau through the lifecycle. A repeated 确认享受 returns the same application.
   */
  async confirm(viewer: Viewer, uscc: string, measureId: string): Promise<AppealDto> {
    const measure = byId.get(measureId)
    if (!measure) throw new ApiException(404, 'NOT_FOUND', `No measure ${measureId}`)
    const [enterprise] = await this.db.query<{ facts: Facts }[]>(`SELECT facts FROM enterprises WHERE uscc = $1`, [uscc])
    const evaluation = evaluateMeasure(measureId, enterprise?.facts ?? {}, { asOf: this.clock.today() })
    if (evaluation.status !== 'eligible') throw new ApiException(409, 'CONFLICT', `The measure ${measureId} is not eligible for your enterprise on its current profile (${evaluation.status}); complete or correct the profile first`)
    const version = RULE_VERSIONS.get(measureId)!
    // one application per user, measure and reading: a repeated 确认享受 returns the same one
    const { appeal } = await this.intake.create(
      viewer,
      uscc,
      { categoryCode: measure.appealCategory, title: `申请享受：${measure.name.zh}`.slice(0, 200), description: `企业确认享受「${measure.name.zh}」（${measure.reference.document} ${measure.reference.clause}），申请兑现。评估依据见快照。`, measureId },
      `measure:${measureId}:${version}`,
      {
        kind: 'application',
        then: async (em, id) => {
          await em.query(`UPDATE measure_pushes SET confirmed_at = $3, appeal_id = $4 WHERE uscc = $1 AND measure_id = $2 AND confirmed_at IS NULL`, [uscc, measureId, this.clock.now(), id])
          await this.lifecycle.apply(em, DISPATCHER, id, 'dispatch', { leadBureau: measure.bureaus[0]!, assistingBureaus: [], complexity: 'simple', note: '免申即享：企业确认享受，系统直接派至牵头部门' })
        },
      },
    )
    return appeal
  }

  /**
   * 提出异议: 信息有误 (`facts`) names the profile fields the measure reads, for the app to open the
   * profile at them; 政策理解有误 (`reading`) goes to the coordinators as an appeal about the measure,
   * with its snapshot.
   */
  async objection(viewer: Viewer, uscc: string, measureId: string, kind: 'facts' | 'reading', note: string | null | undefined): Promise<{ kind: 'facts' | 'reading'; profileFields: string[]; appealId: string | null }> {
    const measure = byId.get(measureId)
    if (!measure) throw new ApiException(404, 'NOT_FOUND', `No measure ${measureId}`)
    if (kind === 'facts') return { kind, profileFields: factsOfMeasure(measureId), appealId: null }
    const why = (note ?? '').trim()
    if (!why) throw new InputInvalidException([fieldProblem('note', 'REQUIRED', 'note is required: say how the measure was misread')])
    const { appeal } = await this.intake.create(viewer, uscc, { categoryCode: measure.appealCategory, title: `政策理解有误：${measure.name.zh}`.slice(0, 200), description: why, measureId }, null)
    return { kind, profileFields: [], appealId: appeal.id }
  }

  /**
   * The lead bureau's answer, in one transaction (all or nothing): accepted first if it had not
   * been, answered through the lifecycle, the outcome written and the enterprise told.
   */
  async answer(viewer: Viewer, id: string, outcome: Outcome, reason: string | null | undefined): Promise<AppealDto> {
    const answer = answerOf(outcome, reason)
    if (!answer.ok) throw new InputInvalidException([fieldProblem(answer.field, 'REQUIRED', answer.problem)])
    return inTransaction(this.db, async (em) => {
      const { appeal: current } = await findVisible(viewer, id, { em, lock: true }) // 404 unless the viewer sees it
      if (current.kind !== 'application') throw new ApiException(404, 'APPEAL_NOT_FOUND', 'No such application')
      if (current.status === 'dispatched') await this.lifecycle.apply(em, viewer, id, 'accept', {})
      const answered = await this.lifecycle.apply(em, viewer, id, 'respond', { body: answer.body })
      await em.query(`UPDATE appeals SET outcome = $2 WHERE id = $1`, [id, outcome])
      answered.outcome = outcome
      const measure = byId.get(answered.measureId ?? '')
      await this.notifications.notify(em, [{ kind: 'enterprise', id: answered.enterpriseUscc }], 'application_answered', id, {
        number: answered.number,
        title: answered.title,
        measureId: answered.measureId,
        name: measure ? { zh: measure.name.zh, en: measure.name.en } : { zh: answered.title, en: answered.title },
        outcome,
        reason: (reason ?? '').trim(),
      })
      return this.details.of(em, viewer, answered)
    })
  }
}
