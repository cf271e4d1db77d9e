import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { inTransaction } from '../common/transaction.js'
import type { RegisterDto, RegistrationResultDto } from './notice.dto.js'
import { NoticeRegistration } from './notice.entity.js'
import { findVisible } from './notice-records.js'
import { NoticesService } from './notices.service.js'
import { planRegistrationChange } from './registration-change.js'

/**
 * 修改报名: the caller's enterprise changes its live registration (contact, phone, attendees) until
 * the registration deadline. Under the notice's row lock, like registering and withdrawing, so the
 * last seat is never given twice: more attendees take seats only when they are free and nobody
 * waits; fewer free seats and the waitlist moves up, each one moved told.
 */
@Injectable()
export class RegistrationChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notices: NoticesService,
  ) {}

  async change(viewer: Viewer, id: string, dto: RegisterDto): Promise<RegistrationResultDto> {
    await inTransaction(this.db, async (em) => {
      const loaded = await findVisible(viewer, id, { em, lock: true })
      this.notices.assert(loaded, 'change_registration')
      const { notice } = loaded
      const registration = loaded.registration!
      if (dto.attendees > notice.attendeeLimit) {
        throw new InputInvalidException([fieldProblem('attendees', 'OUT_OF_RANGE', `attendees must be at most ${notice.attendeeLimit} for this notice`)])
      }
      const [{ waiting }] = await em.query(`SELECT count(*)::int AS waiting FROM notice_registrations WHERE notice_id = $1 AND status = 'waitlisted'`, [notice.id])
      const plan = planRegistrationChange(
        { capacity: notice.capacity, seatsTaken: notice.seatsTaken, waiting },
        { status: registration.status as 'registered' | 'waitlisted', attendees: registration.attendees },
        dto.attendees,
      )
      if (!plan.ok) throw new ApiException(409, 'NOT_ENOUGH_SEATS', `Only ${plan.seatsLeft} seat(s) are free for more attendees; the registration is unchanged`)
      await em.update(NoticeRegistration, { id: registration.id }, { contactName: dto.contactName, contactPhone: dto.contactPhone, attendees: dto.attendees })
      if (plan.seatDelta !== 0) {
        await em.query(`UPDATE notices SET seats_taken = seats_taken + $2 WHERE id = $1`, [notice.id, plan.seatDelta])
        notice.seatsTaken += plan.seatDelta
      }
      // fewer attendees (a seat, or the first in line now fitting): the waitlist moves up
      await this.notices.promote(em, notice, this.clock.now())
    })
    const notice = await this.notices.get(viewer, id, { recordOpening: false })
    return { status: notice.myRegistration!.status === 'registered' ? 'registered' : 'waitlisted', registration: notice.myRegistration!, notice }
  }
}
