import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { measures } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import type { EligibleNews, NewsSink } from '../evaluations/evaluations.service.js'
import { MailQueue } from '../mail/mail-queue.js'
import type { MyPushesDto } from './measure-push.dto.js'
import type { MeasureEligibleData } from './measure-push-texts.js'
import { channelsOf, type PushChannel } from './push-channels.js'

const byId = new Map(measures.map((m) => [m.id, m]))

/**
 * The push (issue 23 §3): tells an enterprise that a measure became theirs, once per (enterprise,
 * measure, rule version) — the primary key of measure_pushes decides, so two jobs racing tell once —
 * in-app (a `measure_eligible` notification carrying `measureId`) and by e-mail, on the channels
 * the enterprise left on. Runs in the evaluation batch's transaction: told if and only if kept.
 */
@Injectable()
export class MeasurePushes implements NewsSink {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly mail: MailQueue,
  ) {}

  async tell(em: EntityManager, news: readonly EligibleNews[]): Promise<number> {
    if (news.length === 0) return 0
    const usccs = [...new Set(news.map((n) => n.uscc))]
    const settings: { uscc: string; in_app: boolean; email: boolean }[] = await em.query(`SELECT uscc, in_app, email FROM measure_push_settings WHERE uscc = ANY($1::char(18)[])`, [usccs])
    const choice = new Map(settings.map((s) => [s.uscc, { inApp: s.in_app, email: s.email }]))
    const channels = news.map((n) => channelsOf(choice.get(n.uscc)))
    const inserted: { uscc: string; measure_id: string; rule_version: string }[] = await em.query(
      `INSERT INTO measure_pushes (uscc, measure_id, rule_version, channels, pushed_at)
       SELECT u, m, v, string_to_array(c, ',')::varchar[], $5 FROM unnest($1::char(18)[], $2::varchar[], $3::char(16)[], $4::text[]) AS x(u, m, v, c)
       ON CONFLICT DO NOTHING RETURNING uscc, measure_id, rule_version`,
      [news.map((n) => n.uscc), news.map((n) => n.measureId), news.map((n) => n.ruleVersion), channels.map((c) => c.join(',')), this.clock.now()],
    )
    const told = new Set(inserted.map((r) => `${r.uscc}|${r.measure_id}|${r.rule_version}`))
    const inApp: { uscc: string; data: MeasureEligibleData }[] = []
    const mails: { uscc: string; data: MeasureEligibleData }[] = []
    news.forEach((n, i) => {
      if (!told.has(`${n.uscc}|${n.measureId}|${n.ruleVersion}`)) return
      const data = eligibleData(n)
      if (channels[i]!.includes('in_app')) inApp.push({ uscc: n.uscc, data })
      if (channels[i]!.includes('email')) mails.push({ uscc: n.uscc, data })
    })
    if (inApp.length) {
      await em.query(
        `INSERT INTO notifications (audience_kind, audience_id, kind, appeal_id, data) SELECT 'enterprise', u, 'measure_eligible', NULL, d FROM unnest($1::varchar[], $2::jsonb[]) AS x(u, d)`,
        [inApp.map((x) => x.uscc), inApp.map((x) => JSON.stringify(x.data))],
      )
    }
    if (mails.length) await this.mail.enqueueEach(em, 'measure_eligible', mails.map((m) => ({ audience: { kind: 'enterprise', id: m.uscc }, appealId: null, data: m.data as unknown as Record<string, unknown> })))
    return told.size
  }

  /** The enterprise's push channels (both on until switched off). */
  async settings(uscc: string): Promise<{ inApp: boolean; email: boolean }> {
    const [row] = await this.db.query<{ in_app: boolean; email: boolean }[]>(`SELECT in_app, email FROM measure_push_settings WHERE uscc = $1`, [uscc])
    return { inApp: row?.in_app ?? true, email: row?.email ?? true }
  }

  async setSettings(uscc: string, next: { inApp: boolean; email: boolean }): Promise<{ inApp: boolean; email: boolean }> {
    await this.db.query(
      `INSERT INTO measure_push_settings (uscc, in_app, email, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (uscc) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = EXCLUDED.updated_at`,
      [uscc, next.inApp, next.email, this.clock.now()],
    )
    return next
  }

  /** What the enterprise was told, newest first, with each measure's kept status now (a measure no longer eligible shows on the package page). */
  async mine(uscc: string): Promise<MyPushesDto> {
    const rows: { measure_id: string; rule_version: string; pushed_at: Date; opened_at: Date | null; confirmed_at: Date | null; appeal_id: string | null; status: string | null }[] = await this.db.query(
      `SELECT p.measure_id, p.rule_version, p.pushed_at, p.opened_at, p.confirmed_at, p.appeal_id, k.status
         FROM measure_pushes p LEFT JOIN measure_evaluations k ON k.uscc = p.uscc AND k.measure_id = p.measure_id
        WHERE p.uscc = $1 ORDER BY p.pushed_at DESC, p.measure_id LIMIT 200`,
      [uscc],
    )
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)
    return {
      settings: await this.settings(uscc),
      items: rows.map((r) => ({ measureId: r.measure_id, ruleVersion: r.rule_version, pushedAt: new Date(r.pushed_at).toISOString(), openedAt: iso(r.opened_at), confirmedAt: iso(r.confirmed_at), appealId: r.appeal_id, statusNow: r.status })),
    }
  }

  /** The enterprise opened a measure it was told about (the funnel's "opened"); the first time counts. */
  async opened(uscc: string, measureId: string): Promise<void> {
    await this.db.query(`UPDATE measure_pushes SET opened_at = $3 WHERE uscc = $1 AND measure_id = $2 AND opened_at IS NULL`, [uscc, measureId, this.clock.now()])
  }
}

export function eligibleData(n: EligibleNews): MeasureEligibleData {
  const m = byId.get(n.measureId)!
  return {
    measureId: n.measureId,
    name: { zh: m.name.zh, en: m.name.en },
    amount: n.evaluation.amount,
    amountPerPerson: n.evaluation.amountPerPerson,
    reasons: n.evaluation.reasons.slice(0, 8),
    reference: `${m.reference.document} ${m.reference.clause}`,
  }
}

export type { PushChannel }
