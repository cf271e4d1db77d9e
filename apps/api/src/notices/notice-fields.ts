import { fieldProblem, InputInvalidException, type FieldProblem } from '../common/error-shape.js'
import type { AudienceCriteria } from './notice-audience.js'
import type { AudienceDto, CreateNoticeDto, UpdateNoticeDto } from './notice-request.dto.js'
import type { Notice } from './notice.entity.js'

/** A notice's editable fields as stored (pure: the drafts service writes them). */
export interface NoticeFields {
  title: string
  body: string
  kind: Notice['kind']
  startsAt: Date
  endsAt: Date
  registrationDeadline: Date
  venue: string | null
  onlineUrl: string | null
  capacity: number
  attendeeLimit: number
  measureIds: string[]
  audience: AudienceCriteria
}

/** A new notice's fields from the request, checked across fields. */
export function createdFields(dto: CreateNoticeDto): NoticeFields {
  return checkFields({
    title: dto.title,
    body: dto.body,
    kind: dto.kind,
    startsAt: new Date(dto.startsAt),
    endsAt: new Date(dto.endsAt),
    registrationDeadline: new Date(dto.registrationDeadline),
    venue: blankToNull(dto.venue),
    onlineUrl: blankToNull(dto.onlineUrl),
    capacity: dto.capacity,
    attendeeLimit: dto.attendeeLimit ?? 5,
    measureIds: dto.measureIds ?? [],
    audience: cleanAudience(dto.audience ?? {}),
  })
}

/** A notice's fields after a partial change (what the request leaves out stays), checked across fields. */
export function updatedFields(dto: UpdateNoticeDto, notice: Notice): NoticeFields {
  const fields = checkFields({
    title: dto.title ?? notice.title,
    body: dto.body ?? notice.body,
    kind: dto.kind ?? notice.kind,
    startsAt: dto.startsAt ? new Date(dto.startsAt) : notice.startsAt,
    endsAt: dto.endsAt ? new Date(dto.endsAt) : notice.endsAt,
    registrationDeadline: dto.registrationDeadline ? new Date(dto.registrationDeadline) : notice.registrationDeadline,
    venue: dto.venue === undefined ? notice.venue : blankToNull(dto.venue),
    onlineUrl: dto.onlineUrl === undefined ? notice.onlineUrl : blankToNull(dto.onlineUrl),
    capacity: dto.capacity ?? notice.capacity,
    attendeeLimit: dto.attendeeLimit ?? notice.attendeeLimit,
    measureIds: dto.measureIds ?? notice.measureIds,
    audience: dto.audience ? cleanAudience(dto.audience) : notice.audience,
  })
  if (fields.capacity < notice.seatsTaken) {
    throw new InputInvalidException([fieldProblem('capacity', 'OUT_OF_RANGE', `capacity may not go below the ${notice.seatsTaken} seats already taken`)])
  }
  return fields
}

/** The rules across fields (each field alone is checked by the DTO). */
export function checkFields(f: NoticeFields): NoticeFields {
  const problems: FieldProblem[] = []
  if (f.endsAt.getTime() <= f.startsAt.getTime()) problems.push(fieldProblem('endsAt', 'OUT_OF_RANGE', 'endsAt must be after startsAt'))
  if (f.registrationDeadline.getTime() > f.startsAt.getTime()) problems.push(fieldProblem('registrationDeadline', 'OUT_OF_RANGE', 'registrationDeadline must not be after startsAt'))
  if (!f.venue && !f.onlineUrl) problems.push(fieldProblem('venue', 'REQUIRED', 'a venue or an online link (onlineUrl) is needed'))
  const { outputValueMin: min, outputValueMax: max } = f.audience
  if (typeof min === 'number' && typeof max === 'number' && min > max) problems.push(fieldProblem('audience.outputValueMax', 'OUT_OF_RANGE', 'outputValueMax must not be below outputValueMin'))
  if (problems.length) throw new InputInvalidException(problems)
  return f
}

/** The audience as stored: only the criteria given, lists sorted. */
export function cleanAudience(a: AudienceDto | AudienceCriteria): AudienceCriteria {
  const out: AudienceCriteria = {}
  if (a.industries?.length) out.industries = [...a.industries].sort()
  if (a.districts?.length) out.districts = [...a.districts].sort()
  if (typeof a.keyEnterprise === 'boolean') out.keyEnterprise = a.keyEnterprise
  if (typeof a.outputValueMin === 'number') out.outputValueMin = a.outputValueMin
  if (typeof a.outputValueMax === 'number') out.outputValueMax = a.outputValueMax
  if (a.measureId) out.measureId = a.measureId
  return out
}

export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value
}
