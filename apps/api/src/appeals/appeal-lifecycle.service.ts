import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { CalendarService } from '../calendar/calendar.service.js'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import { inTransaction } from '../common/transaction.js'
import { DeadlinePolicyService } from '../deadline-policy/deadline-policy.service.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { actorOf, SYSTEM_ACTOR, type Actor } from './appeal-actor.js'
import { COMMANDS, type Command, type CommandAction, type CommandInputs, type Prepared, type StepContext } from './appeal-commands.js'
import { AppealDetails } from './appeal-details.service.js'
import { changesOf, effectOf, notificationsOf, setsDeadlines, type NoticeField } from './appeal-effects.js'
import { awaitedOpinionsOf, recordEvent } from './appeal-events.queries.js'
import { findVisible } from './appeal-records.js'
import type { AppealDto } from './appeal-response.dto.js'
import { decide, type AppealAction, type AppealStatus } from './appeal-state.js'
import { statsStateOf } from './appeal-stats.js'
import { AppealStatsRecorder } from './appeal-stats.recorder.js'
import type { Appeal } from './appeal.entity.js'

/** What one transition does, whoever asked for it: the command's own step and its timeline entry. */
interface Step {
  prepare?(ctx: StepContext): Promise<Prepared> | Prepared
  notice?(prepared: Prepared): Partial<Record<NoticeField, unknown>>
  event(ctx: StepContext, prepared: Prepared): { note: string | null; data: Record<string, unknown> | null }
}

/**
 * The appeals' commands over one transaction core. `apply` runs a command in the caller's
 * transaction (so another feature's writes and the command are all or nothing: measure-push's
 * applications); `run` opens the transaction for a route. Each command locks the appeal, checks the
 * caller may see it (404) and may do this now (appeal-state.ts: 403 for the wrong party, 409 for the
 * wrong state), applies the command's own step and the effects table (appeal-effects.ts: deadlines,
 * flags, notifications), moves the status, and appends the event and the counts. Nothing changes
 * when any step refuses.
 */
@Injectable()
export class AppealLifecycle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly policies: DeadlinePolicyService,
    private readonly notifications: NotificationsService,
    private readonly stats: AppealStatsRecorder,
    private readonly details: AppealDetails,
  ) {}

  /** One command in its own transaction; the appeal as it is after it (even when the action took it out of the caller's sight: a return). */
  run<A extends CommandAction>(viewer: Viewer, id: string, action: A, input: CommandInputs[A]): Promise<AppealDto> {
    ;(COMMANDS[action] as Command<CommandInputs[A]>).check?.(input)
    return inTransaction(this.db, async (em) => this.details.of(em, viewer, await this.apply(em, viewer, id, action, input)))
  }

  /** One command in the caller's transaction `em`; the appeal as changed. */
  async apply<A extends CommandAction>(em: EntityManager, viewer: Viewer, id: string, action: A, input: CommandInputs[A]): Promise<Appeal> {
    const command = COMMANDS[action] as Command<CommandInputs[A]>
    command.check?.(input)
    const { appeal, access } = await findVisible(viewer, id, { em, lock: true })
    const awaited = action === 'respond' ? await awaitedOpinionsOf(em, appeal) : []
    const skip = command.skipAssistingOpinion?.(input) ?? false
    const decision = decide({ status: appeal.status, pendingExtension: appeal.pendingExtension, awaitingOpinion: awaited.length > 0 }, action, access.parties, command.rating?.(input), skip)
    if (!decision.ok) {
      throw decision.reason === 'party'
        ? new ApiException(403, 'FORBIDDEN', `You may not ${action} this appeal`)
        : decision.reason === 'opinion'
          ? new ApiException(409, 'ASSISTING_OPINION_AWAITED', 'An assisting bureau has not given its opinion yet: wait for it, or answer with skipAssistingOpinion and a reason')
          : new ApiException(409, 'INVALID_TRANSITION', `Cannot ${action} an appeal that is ${appeal.status}${appeal.pendingExtension ? ' with an extension request pending' : ''}`)
    }
    await this.transition(em, appeal, actorOf(viewer, access.parties), action, decision.to, awaited, {
      prepare: command.prepare && ((ctx) => command.prepare!(ctx, input)),
      notice: command.notice && ((prepared) => command.notice!(input, prepared)),
      event: (ctx, prepared) => command.event(ctx, input, prepared),
    })
    return appeal
  }

  /** The system's actions (jobs), in the job's transaction: same checks, same table, same timeline, no viewer. */
  async actAsSystem(em: EntityManager, appeal: Appeal, action: 'auto_close'): Promise<boolean> {
    const decision = decide(appeal, action, ['system'])
    if (!decision.ok) return false
    await this.transition(em, appeal, SYSTEM_ACTOR, action, decision.to, [], { event: () => ({ note: null, data: { auto: true } }) })
    return true
  }

  /** A system event without a status change (the overdue flag), on the timeline and in the counts. */
  async recordSystemEvent(em: EntityManager, appeal: Appeal, action: 'overdue', data: Record<string, unknown>): Promise<void> {
    const now = this.clock.now()
    await recordEvent(em, { appealId: appeal.id, at: now, actor: SYSTEM_ACTOR, action, from: appeal.status, to: appeal.status, note: null, data })
    await this.stats.record(em, statsStateOf(appeal), { action, at: now, actorBureau: null, data }, await this.calendar.calendar(em))
  }

  /** The core: the command's step, the effects table, the status, the event, the counts. */
  private async transition(em: EntityManager, appeal: Appeal, actor: Actor, action: AppealAction, to: AppealStatus, skippedAssisting: readonly string[], step: Step): Promise<void> {
    const now = this.clock.now()
    const from = appeal.status
    const before = statsStateOf(appeal)
    const previousLead = appeal.leadBureau
    const calendar = await this.calendar.calendar(em)
    const ctx: StepContext = { em, appeal, actor, now, to, calendar, skippedAssisting }
    const prepared = (await step.prepare?.(ctx)) ?? {}
    const effect = effectOf(action, to)
    const policy = setsDeadlines(effect) ? await this.policies.current(em) : null
    Object.assign(appeal, changesOf(effect, appeal, { now, calendar, policy, extensionDays: prepared.request?.workingDays }))
    for (const n of notificationsOf(effect, { appeal, previousLead, actor, skippedAssisting, input: step.notice?.(prepared) })) {
      await this.notifications.notify(em, n.audiences, n.kind, appeal.id, n.data)
    }
    const { note, data } = step.event(ctx, prepared)
    appeal.status = to
    appeal.updatedAt = now
    await em.save(appeal)
    await recordEvent(em, { appealId: appeal.id, at: now, actor, action, from, to, note, data })
    await this.stats.record(em, before, { action, at: now, actorBureau: actor.bureau, data }, calendar)
  }
}
