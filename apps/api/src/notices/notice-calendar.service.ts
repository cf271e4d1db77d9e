import { Inject, Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'
import { toIcs } from './notice-ics.js'
import { associationName } from './notice-mapper.js'
import { plainTextOf } from './notice-markdown.js'
import { findVisible } from './notice-records.js'

/** The notice as an iCalendar entry (notice-ics.ts writes it), for anyone who may see it. */
@Injectable()
export class NoticeCalendar {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

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
}
