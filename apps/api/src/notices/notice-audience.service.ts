import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import { enterpriseBriefs } from '../enterprises/enterprise-names.queries.js'
import { outsideOwnIndustries } from './audience-breakdown.queries.js'
import { audienceDateOf, type AudienceCriteria } from './notice-audience.js'
import { KeptAudienceQueries } from './notice-audience-kept.queries.js'
import { cleanAudience } from './notice-fields.js'
import { matchAudience, recordReached, SAMPLE_SIZE, type AudienceMatch } from './notice-reach.queries.js'
import { findVisible } from './notice-records.js'
import type { AudienceDto } from './notice-request.dto.js'
import type { AudiencePreviewDto } from './notice-response.dto.js'
import type { Notice } from './notice.entity.js'

/**
 * Who a notice reaches: the audience matched (PostgreSQL for the structural criteria, the rules
 * engine or the kept evaluations for a measure), previewed with a sample and the share outside the
 * association's industries, and recorded as reached when the notice is published or its audience
 * or date changes.
 */
@Injectable()
export class NoticeAudienceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly kept: KeptAudienceQueries,
  ) {}

  matchAudience(em: EntityManager, criteria: AudienceCriteria, asOf: string, collect: boolean): Promise<AudienceMatch> {
    return matchAudience(em, criteria, asOf, collect)
  }

  async audiencePreview(viewer: Viewer, id: string): Promise<AudiencePreviewDto> {
    const loaded = await findVisible(viewer, id, { em: this.db.manager })
    if (!loaded.access.parties.some((p) => p === 'owner' || p === 'coordinator' || p === 'admin')) throw new ApiException(403, 'FORBIDDEN', 'Only the association and coordinators see the audience')
    return this.preview(loaded.notice.audience, audienceDateOf(loaded.notice.startsAt), loaded.notice.association)
  }

  async previewFor(dto: AudienceDto, startsAt: string | undefined, association: string | null = null): Promise<AudiencePreviewDto> {
    return this.preview(cleanAudience(dto), startsAt ? audienceDateOf(new Date(startsAt)) : this.clock.today(), association)
  }

  /**
   * Records whom the audience reaches now (publishing, or a changed audience or date) and answers
   * the ones it newly reaches (they are told "published"); ones no longer in the audience lose
   * sight of it unless they registered.
   */
  async reach(em: EntityManager, notice: Notice, now: Date): Promise<string[]> {
    const match = await matchAudience(em, notice.audience, audienceDateOf(notice.startsAt), true)
    notice.targetedCount = match.count
    return recordReached(em, notice.id, match.usccs, now)
  }

  private async preview(criteria: AudienceCriteria, asOf: string, association: string | null): Promise<AudiencePreviewDto> {
    const started = performance.now()
    const em = this.db.manager
    const measureId = criteria.measureId
    const kept = measureId && (await this.kept.answers(measureId, asOf)) ? { ...criteria, measureId } : null
    const match = kept ? await this.kept.match(em, kept, SAMPLE_SIZE) : await matchAudience(em, criteria, asOf, false)
    const briefs = await enterpriseBriefs(em, match.sample)
    const sample = match.sample.map((u) => briefs.get(u)).filter((b) => b !== undefined)
    const outside = !association ? null : kept ? await this.kept.outside(em, kept, association) : await outsideOwnIndustries(em, criteria, association, async () => (await matchAudience(em, criteria, asOf, true)).usccs)
    return { count: match.count, outside, sample, asOf, tookMs: Math.round(performance.now() - started) }
  }
}
