import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Principal } from '../auth/principal.js'
import { ApiException } from '../common/error-shape.js'
import { enqueueEvaluation } from '../evaluations/evaluation-jobs.js'
import { JobQueue } from '../jobs/job-queue.service.js'
import { EnterpriseMember } from './enterprise-member.entity.js'
import { Enterprise } from './enterprise.entity.js'
import { usccProblem } from './uscc.js'

/**
 * Binds an enterprise user (token `sub`) to the enterprise of their `enterprise_uscc` claim on first
 * call (creating the enterprise if new). A user bound to one enterprise can never act for another,
 * whatever a later token says.
 */
@Injectable()
export class EnterpriseBinding {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async bind(user: Principal): Promise<string> {
    const uscc = user.enterpriseUscc
    if (!uscc) throw new ApiException(403, 'ENTERPRISE_NOT_LINKED', 'Your account is not linked to an enterprise (no enterprise_uscc claim); ask the administrator to set it.')
    if (usccProblem(uscc)) throw new ApiException(403, 'ENTERPRISE_NOT_LINKED', 'Your account carries an invalid enterprise_uscc; ask the administrator to correct it.')
    // Fast path: already bound (every call after the first).
    const bound = await this.db.manager.findOneBy(EnterpriseMember, { sub: user.sub })
    if (bound) return this.same(bound.uscc, uscc)
    // The enterprise is named by the realm's enterprise_name, never by the person signing in; without it
    // the name stays empty until the enterprise fills in its profile.
    return this.db.transaction(async (em) => {
      const created = await em.createQueryBuilder().insert().into(Enterprise).values({ uscc, name: user.enterpriseName ?? '', facts: {} }).orIgnore().returning(['uscc']).execute()
      // a new enterprise's first evaluation: the baseline later changes are pushed against
      if ((created.raw as unknown[]).length > 0) await enqueueEvaluation(this.jobs, em, uscc)
      await em.createQueryBuilder().insert().into(EnterpriseMember).values({ sub: user.sub, uscc, username: user.username }).orIgnore().execute()
      const member = await em.findOneByOrFail(EnterpriseMember, { sub: user.sub })
      return this.same(member.uscc, uscc)
    })
  }

  private same(bound: string, claimed: string): string {
    if (bound !== claimed) throw new ApiException(403, 'ENTERPRISE_MISMATCH', 'Your account is bound to another enterprise.')
    return bound
  }
}
