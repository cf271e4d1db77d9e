import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, In, type EntityManager } from 'typeorm'
import type { Viewer } from '../auth/viewer.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { inTransaction } from '../common/transaction.js'
import { noticeEffects } from './notice-effects.js'
import { NoticeNotifier } from './notice-notifier.js'
import { NoticeReads } from './notice-reads.service.js'
import { findForAction } from './notice-records.js'
import { waitingCount, waitlistInOrder } from './notice-registration.queries.js'
import type { RegisterDto } from './notice-request.dto.js'
import type { NoticeDto, RegistrationResultDto } from './notice-response.dto.js'
import { placeRegistration, promotions } from './notice-state.js'
import { Notice, NoticeRegistration } from './notice.entity.js'
import { addSeats, seatsTaken } from './notice.queries.js'
import { planRegistrationChange } from './registration-change.js'

/**
 * An enterprise's registration: register (a seat or the waitlist), change it (修改报名), withdraw,
 * and the waitlist moving up. Each under the notice's row lock (registrations of one notice queue
 * behind each other; the CHECK on seats_taken backs it), so the last seat is never given twice;
 * what each does to the seats and who is told is notice-effects.ts.
 */
@Injectable()
export class NoticeRegistrations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly reads: NoticeReads,
    private readonly notifier: NoticeNotifier,
  ) {}

  /** A seat when the attendees fit and nobody waits, else the waitlist; a withdrawn registration registers again at the end of the queue. */
  async register(viewer: Viewer, id: string, dto: RegisterDto): Promise<RegistrationResultDto> {
    const status = await inTransaction(this.db, async (em) => {
      const now = this.clock.now()
      const loaded = await findForAction(viewer, id, 'register', { em, lock: true, now })
      const { notice } = loaded
      assertAttendees(notice, dto.attendees)
      const seat = placeRegistration({ capacity: notice.capacity, seatsTaken: notice.seatsTaken, waiting: await waitingCount(em, notice.id) }, dto.attendees)
      const values = { contactName: dto.contactName, contactPhone: dto.contactPhone, attendees: dto.attendees, status: seat, queuedAt: now, promotedAt: null, withdrawnAt: null, attended: null, createdBySub: viewer.principal.sub }
      if (loaded.registration) await em.update(NoticeRegistration, { id: loaded.registration.id }, values)
      else await em.insert(NoticeRegistration, { noticeId: notice.id, enterpriseUscc: viewer.boundUscc!, ...values })
      if (noticeEffects('register', { status: notice.status, seat }).seats === 'take') await addSeats(em, notice.id, dto.attendees)
      return seat
    })
    return this.result(viewer, id, status)
  }

  /**
   * 修改报名 (contact, phone, attendees) until the deadline: the waitlist place is kept; more
   * attendees take seats only when they are free and nobody waits (else 409 NOT_ENOUGH_SEATS,
   * unchanged); fewer free seats and the waitlist moves up.
   */
  async change(viewer: Viewer, id: string, dto: RegisterDto): Promise<RegistrationResultDto> {
    await inTransaction(this.db, async (em) => {
      const now = this.clock.now()
      const loaded = await findForAction(viewer, id, 'change_registration', { em, lock: true, now })
      const { notice } = loaded
      const registration = loaded.registration!
      assertAttendees(notice, dto.attendees)
      const plan = planRegistrationChange(
        { capacity: notice.capacity, seatsTaken: notice.seatsTaken, waiting: await waitingCount(em, notice.id) },
        { status: registration.status as 'registered' | 'waitlisted', attendees: registration.attendees },
        dto.attendees,
      )
      if (!plan.ok) throw new ApiException(409, 'NOT_ENOUGH_SEATS', `Only ${plan.seatsLeft} seat(s) are free for more attendees; the registration is unchanged`)
      await em.update(NoticeRegistration, { id: registration.id }, { contactName: dto.contactName, contactPhone: dto.contactPhone, attendees: dto.attendees })
      const effects = noticeEffects('change_registration', { status: notice.status })
      if (effects.seats === 'adjust') await moveSeats(em, notice, plan.seatDelta)
      // fewer attendees (a seat, or the first in line now fitting): the waitlist moves up
      if (effects.promoteWaitlist) await this.promote(em, notice, now)
    })
    const notice = await this.reads.get(viewer, id, { recordOpening: false })
    return this.result(viewer, id, notice.myRegistration!.status === 'registered' ? 'registered' : 'waitlisted', notice)
  }

  /** Withdraws the caller's enterprise (until the deadline); freed seats go to the waitlist in order, each told. */
  async withdraw(viewer: Viewer, id: string): Promise<NoticeDto> {
    await inTransaction(this.db, async (em) => {
      const now = this.clock.now()
      const { notice, registration } = await findForAction(viewer, id, 'withdraw', { em, lock: true, now })
      const { status, attendees } = registration!
      await em.update(NoticeRegistration, { id: registration!.id }, { status: 'withdrawn', withdrawnAt: now })
      const effects = noticeEffects('withdraw', { status: notice.status, seat: status === 'registered' ? 'registered' : 'waitlisted' })
      if (effects.seats === 'free') await moveSeats(em, notice, -attendees)
      if (effects.promoteWaitlist) await this.promote(em, notice, now)
    })
    return this.reads.get(viewer, id, { recordOpening: false })
  }

  /** Moves the waitlist up while the first in line fits, and tells each one moved (the `promote` effects). */
  async promote(em: EntityManager, notice: Notice, now: Date): Promise<void> {
    const waitlist = await waitlistInOrder(em, notice.id)
    const moved = promotions(notice.capacity, await seatsTaken(em, notice.id), waitlist)
    if (moved.length === 0) return
    const effects = noticeEffects('promote', { status: notice.status })
    await em.update(NoticeRegistration, { id: In(moved.map((r) => r.id)) }, { status: 'registered', promotedAt: now })
    if (effects.seats === 'take') await addSeats(em, notice.id, moved.reduce((n, r) => n + r.attendees, 0))
    await this.notifier.tell(em, notice, effects.tell, { known: { promoted: moved.map((r) => r.enterpriseUscc) } })
  }

  private async result(viewer: Viewer, id: string, status: 'registered' | 'waitlisted', known?: NoticeDto): Promise<RegistrationResultDto> {
    const notice = known ?? (await this.reads.get(viewer, id, { recordOpening: false }))
    return { status, registration: notice.myRegistration!, notice }
  }
}

/** Moves the seats taken by `delta` (the row and the loaded notice alike). */
async function moveSeats(em: EntityManager, notice: Notice, delta: number): Promise<void> {
  if (delta === 0) return
  await addSeats(em, notice.id, delta)
  notice.seatsTaken += delta
}

function assertAttendees(notice: Notice, attendees: number): void {
  if (attendees > notice.attendeeLimit) {
    throw new InputInvalidException([fieldProblem('attendees', 'OUT_OF_RANGE', `attendees must be at most ${notice.attendeeLimit} for this notice`)])
  }
}
