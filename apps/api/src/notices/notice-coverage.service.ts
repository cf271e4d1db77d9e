import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import { audienceDateOf } from './notice-audience.js'
import { measureFunnel, noticeFunnel } from './notice-coverage.queries.js'
import { matchAudience } from './notice-reach.queries.js'
import { findForAction } from './notice-records.js'
import type { MeasureCoverageDto, MeasureCoverageListDto, NoticeCoverageDto } from './notice-response.dto.js'
import { linkedMeasures } from './notice.queries.js'

/**
 * The coverage funnel (应知尽知): targeted (the audience on today's profiles) → reached (told) →
 * opened → registered → attended, of a notice and of each measure across all its notices.
 */
@Injectable()
export class NoticeCoverage {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A notice's funnel; for coordinators and admins also each linked measure across all its notices. */
  async coverage(viewer: Viewer, id: string): Promise<NoticeCoverageDto> {
    const loaded = await findForAction(viewer, id, 'view_coverage', { em: this.db.manager, now: this.clock.now() })
    const { notice } = loaded
    const match = await matchAudience(this.db.manager, notice.audience, audienceDateOf(notice.startsAt), false)
    const funnel = await noticeFunnel(this.db.manager, notice.id)
    const oversight = loaded.access.parties.some((p) => p === 'coordinator' || p === 'admin')
    const measures = oversight ? await Promise.all(notice.measureIds.map((m) => this.measureFunnel(m, this.clock.today()))) : []
    return { noticeId: notice.id, funnel: { targeted: match.count, ...funnel }, measures }
  }

  /** Each measure linked to a published notice, across all its notices (coordinators, admins). */
  async measureCoverage(viewer: Viewer): Promise<MeasureCoverageListDto> {
    if (!viewer.roles.some((r) => r === 'coordinator' || r === 'admin')) throw new ApiException(403, 'FORBIDDEN', 'Coverage across notices is for coordinators')
    const asOf = this.clock.today()
    const items: MeasureCoverageDto[] = []
    for (const m of await linkedMeasures(this.db.manager)) items.push(await this.measureFunnel(m, asOf))
    return { items, asOf }
  }

  private async measureFunnel(measureId: string, asOf: string): Promise<MeasureCoverageDto> {
    const match = await matchAudience(this.db.manager, { measureId }, asOf, true)
    const { notices, ...funnel } = await measureFunnel(this.db.manager, measureId, match.usccs)
    return { measureId, notices, funnel: { ...funnel, targeted: match.count } }
  }
}
