import type { EntityManager } from 'typeorm'
import { workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { blankToNull, type Actor } from './appeal-actor.js'
import type { NoticeField } from './appeal-effects.js'
import { AppealExtensionRequest } from './appeal-extension.entity.js'
import type { DispatchAppealDto, ExtensionRequestDto, RateAppealDto, RespondAppealDto } from './appeal-request.dto.js'
import { ANSWER_MIN_CHARS, type AppealStatus, type Rating } from './appeal-state.js'
import type { Appeal } from './appeal.entity.js'

/**
 * What each command adds to the effects table (appeal-effects.ts): the checks of its input, what
 * its input sets on the appeal (a dispatch's bureaus, a rating, an extension request), the data its
 * notices carry from the input, and what goes on the timeline. No deadline arithmetic and no
 * notification here: the lifecycle applies the table for that.
 */
export interface CommandInputs {
  dispatch: DispatchAppealDto
  accept: Record<string, never>
  return: { reason: string }
  respond: RespondAppealDto
  rate: RateAppealDto
  withdraw: { note?: string | null }
  opinion: { body: string }
  message: { body: string }
  request_extension: ExtensionRequestDto
  approve_extension: { requestId: string; note?: string | null }
  refuse_extension: { requestId: string; note?: string | null }
  close: { note?: string | null }
}
export type CommandAction = keyof CommandInputs

/** The transaction's view of one command under way. */
export interface StepContext {
  em: EntityManager
  appeal: Appeal
  actor: Actor
  now: Date
  /** The status the action leads to (appeal-state.ts). */
  to: AppealStatus
  calendar: WorkingCalendar
  /** respond: the assisting bureaus whose opinion was still awaited. */
  skippedAssisting: readonly string[]
}

/** What a command's own step found or wrote, for the effects and the timeline. */
export interface Prepared {
  /** The extension request decided (its working days move the answer deadline when approved). */
  request?: { id: string; workingDays: number }
  /** A request the lead bureau filed. */
  requestId?: string
}

export interface Command<I> {
  /** Checks of the input alone (400s). */
  check?(input: I): void
  rating?(input: I): Rating | undefined
  skipAssistingOpinion?(input: I): boolean
  /** In the transaction, before the effects: what the input sets on the appeal and related rows. */
  prepare?(ctx: StepContext, input: I): Promise<Prepared> | Prepared
  /** Data the notices carry from the input (appeal-effects.ts `with`). */
  notice?(input: I, prepared: Prepared): Partial<Record<NoticeField, unknown>>
  /** The event on the timeline, after the effects. */
  event(ctx: StepContext, input: I, prepared: Prepared): { note: string | null; data: Record<string, unknown> | null }
}

const iso = (d: Date | null) => d?.toISOString() ?? null
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const noted = (_ctx: StepContext, input: { note?: string | null }) => ({ note: blankToNull(input.note), data: null })

function decideExtension(approve: boolean): Command<{ requestId: string; note?: string | null }> {
  return {
    async prepare({ em, appeal, actor, now }, { requestId }) {
      const request = UUID.test(requestId) ? await em.findOne(AppealExtensionRequest, { where: { id: requestId, appealId: appeal.id }, lock: { mode: 'pessimistic_write' } }) : null
      if (!request) throw new ApiException(404, 'NOT_FOUND', 'No such extension request on this appeal')
      if (request.status !== 'pending') throw new ApiException(409, 'INVALID_TRANSITION', 'This extension request was already decided')
      Object.assign(request, { status: approve ? 'approved' : 'refused', decidedBy: actor.username, decidedByName: actor.name, decidedAt: now })
      await em.save(request)
      return { request: { id: request.id, workingDays: request.workingDays } }
    },
    notice: (_input, { request }) => ({ workingDays: request!.workingDays }),
    event: ({ appeal }, input, { request }) => ({ note: blankToNull(input.note), data: { requestId: request!.id, workingDays: request!.workingDays, answerDueAt: iso(appeal.answerDueAt) } }),
  }
}

export const COMMANDS: { readonly [A in CommandAction]: Command<CommandInputs[A]> } = {
  dispatch: {
    prepare({ appeal }, dto) {
      Object.assign(appeal, { leadBureau: dto.leadBureau, assistingBureaus: dto.assistingBureaus.filter((b) => b !== dto.leadBureau), complexity: dto.complexity })
      return {}
    },
    event: ({ appeal }, dto) => ({
      note: blankToNull(dto.note),
      data: { leadBureau: appeal.leadBureau, assistingBureaus: appeal.assistingBureaus, complexity: appeal.complexity, acceptDueAt: iso(appeal.acceptDueAt), answerDueAt: iso(appeal.answerDueAt) },
    }),
  },
  accept: { event: () => ({ note: null, data: null }) },
  return: {
    notice: ({ reason }) => ({ reason }),
    event: ({ actor }, { reason }) => ({ note: reason, data: { bureau: actor.bureau } }),
  },
  /**
   * The lead's answer: at least ANSWER_MIN_CHARS characters (400 ANSWER_TOO_SHORT). While an
   * assisting opinion is awaited, only with `skipAssistingOpinion` and a reason (409
   * ASSISTING_OPINION_AWAITED otherwise): the reason goes on the timeline and the assisting bureaus
   * still awaited are told.
   */
  respond: {
    check(dto) {
      if (dto.body.trim().length < ANSWER_MIN_CHARS) throw new ApiException(400, 'ANSWER_TOO_SHORT', `An answer has at least ${ANSWER_MIN_CHARS} characters`)
      if (dto.skipAssistingOpinion === true && !blankToNull(dto.skipReason)) {
        throw new InputInvalidException([fieldProblem('skipReason', 'REQUIRED', 'skipReason is required to answer without the assisting opinion')])
      }
    },
    skipAssistingOpinion: (dto) => dto.skipAssistingOpinion === true,
    notice: (dto) => ({ reason: blankToNull(dto.skipReason) }),
    // the working days to this answer, on the calendar of today: a later calendar edit changes no figure already counted
    event: ({ appeal, calendar, now, skippedAssisting }, dto) => ({
      note: dto.body,
      data: { answerDays: workingDaysBetween(calendar, appeal.dispatchedAt!, now), ...(skippedAssisting.length ? { skippedAssisting, skipReason: blankToNull(dto.skipReason) } : {}) },
    }),
  },
  /** 不满意 reopens the appeal (a new answer window) and needs the enterprise's reason (`comment`); 满意 / 基本满意 close it. */
  rate: {
    check(dto) {
      if (dto.rating === 'unsatisfied' && !blankToNull(dto.comment)) {
        throw new InputInvalidException([fieldProblem('comment', 'REQUIRED', 'Say why the answer is unsatisfactory: the bureau handles the appeal again with it')])
      }
    },
    rating: (dto) => dto.rating,
    prepare({ appeal }, dto) {
      Object.assign(appeal, { resolved: dto.resolved, rating: dto.rating })
      return {}
    },
    notice: (dto) => ({ rating: dto.rating, resolved: dto.resolved }),
    event: ({ appeal, to }, dto) => {
      const reopened = to === 'in_progress'
      return { note: blankToNull(dto.comment), data: { resolved: dto.resolved, rating: dto.rating, reopened, ...(reopened ? { answerDueAt: iso(appeal.answerDueAt) } : {}) } }
    },
  },
  withdraw: { event: noted },
  opinion: { event: ({ actor }, { body }) => ({ note: body, data: { bureau: actor.bureau } }) },
  message: { event: ({ actor }, { body }) => ({ note: body, data: actor.bureau ? { bureau: actor.bureau } : null }) },
  request_extension: {
    async prepare({ em, appeal, actor }, dto) {
      const request = await em.save(em.create(AppealExtensionRequest, { appealId: appeal.id, workingDays: dto.workingDays, reason: dto.reason, status: 'pending', requestedBy: actor.username, requestedByName: actor.name }))
      return { requestId: request.id }
    },
    notice: (dto) => ({ workingDays: dto.workingDays }),
    event: (_ctx, dto, { requestId }) => ({ note: dto.reason, data: { requestId, workingDays: dto.workingDays } }),
  },
  approve_extension: decideExtension(true),
  refuse_extension: decideExtension(false),
  close: { event: noted },
}
