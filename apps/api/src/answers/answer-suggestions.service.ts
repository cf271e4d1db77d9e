import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { AnswerSuggestionEvent } from './answer.entity.js'
import type { SuggestionEventDto, SuggestionStatsDto } from './answers.dto.js'

/**
 * What became of the answers suggested on the intake form: the form reports each answer opened, its
 * leaving and the appeal it submitted (one session id per form); the dashboard counts the sessions
 * that opened an answer and left without submitting: appeals the answers made unnecessary.
 */
@Injectable()
export class AnswerSuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(viewer: Viewer, dto: SuggestionEventDto): Promise<void> {
    await this.db.getRepository(AnswerSuggestionEvent).insert({
      session: dto.session,
      event: dto.event,
      enterpriseUscc: viewer.boundUscc,
      answerId: dto.event === 'opened' ? (dto.answerId ?? null) : null,
      appealId: dto.event === 'submitted' ? (dto.appealId ?? null) : null,
      at: this.clock.now(),
    })
  }

  async stats(): Promise<SuggestionStatsDto> {
    const [row] = (await this.db.query(
      `WITH s AS (
         SELECT session, bool_or(event = 'opened') AS opened, bool_or(event = 'submitted') AS submitted, bool_or(event = 'left') AS left_form
           FROM answer_suggestion_events GROUP BY session)
       SELECT count(*) FILTER (WHERE opened)::int AS opened,
              count(*) FILTER (WHERE opened AND left_form AND NOT submitted)::int AS left_after,
              count(*) FILTER (WHERE opened AND submitted)::int AS submitted_after
         FROM s`,
    )) as [{ opened: number; left_after: number; submitted_after: number }]
    return {
      opened: row.opened,
      leftAfterOpening: row.left_after,
      submittedAfterOpening: row.submitted_after,
      deflectionRate: row.opened ? row.left_after / row.opened : null,
    }
  }
}
