import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { fieldProblem, InputInvalidException, type FieldProblem } from '../common/error-shape.js'
import { assertExportSize, type ExportTable } from '../common/table-files.js'
import { toRegistrationDto } from './notice-mapper.js'
import { findForAction } from './notice-records.js'
import { registrationsWithNames, seatedAmong } from './notice-registration.queries.js'
import type { AttendanceDto } from './notice-request.dto.js'
import type { RegistrationListDto } from './notice-response.dto.js'
import { Notice, NoticeRegistration } from './notice.entity.js'
import { registrationExportTable } from './registration-export.js'

/** The association's follow-up of a notice: the registrations (a list and a file to download) and attendance. */
@Injectable()
export class NoticeFollowUp {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Registered first, then the waitlist in order (with its places), then withdrawn. */
  async registrations(viewer: Viewer, id: string): Promise<RegistrationListDto> {
    return (await this.listed(viewer, id)).list
  }

  /** The registrations as a table to download (registration-export.ts; written by table-files.ts). */
  async registrationsTable(viewer: Viewer, id: string): Promise<ExportTable> {
    const { notice, list } = await this.listed(viewer, id)
    assertExportSize(list.items.length, 'registrations')
    return registrationExportTable(notice.title, list.items)
  }

  /** Marks attendance of seated registrations (from the start of the event); any other id refuses the whole request. */
  async markAttendance(viewer: Viewer, id: string, dto: AttendanceDto): Promise<RegistrationListDto> {
    await this.db.transaction(async (em) => {
      const { notice } = await findForAction(viewer, id, 'mark_attendance', { em, lock: true, now: this.clock.now() })
      const seated = await seatedAmong(em, notice.id, dto.marks.map((m) => m.registrationId))
      const problems: FieldProblem[] = dto.marks.flatMap((m, i) => (seated.has(m.registrationId) ? [] : [fieldProblem(`marks.${i}.registrationId`, 'NOT_ALLOWED', 'not a registered (seated) registration of this notice')]))
      if (problems.length) throw new InputInvalidException(problems)
      for (const m of dto.marks) await em.update(NoticeRegistration, { id: m.registrationId }, { attended: m.attended ?? null })
    })
    return this.registrations(viewer, id)
  }

  private async listed(viewer: Viewer, id: string): Promise<{ notice: Notice; list: RegistrationListDto }> {
    const { notice } = await findForAction(viewer, id, 'view_registrations', { em: this.db.manager, now: this.clock.now() })
    const rows = await registrationsWithNames(this.db.manager, notice.id)
    let place = 0
    const items = rows.map((r) => toRegistrationDto(r, r.status === 'waitlisted' ? ++place : null))
    const list = { items, registered: rows.filter((r) => r.status === 'registered').length, waitlisted: place, seatsTaken: notice.seatsTaken, capacity: notice.capacity }
    return { notice, list }
  }
}
