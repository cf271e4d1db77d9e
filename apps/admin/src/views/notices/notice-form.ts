import { catalogues, shanghaiDateTimeOf } from '@servicepack/policy-rules'
import type { Notice, NoticeAudience, NoticeInput, NoticeKind, NoticeStatus } from '../../api/notices'

/**
 * The notice form's model and its conversions (pure): times are typed as Beijing wall-clock
 * `YYYY-MM-DD HH:mm` whatever the browser's zone and sent as instants with +08:00; output values
 * are typed in 万元 and sent in yuan.
 */
export interface NoticeForm {
  title: string
  body: string
  kind: NoticeKind
  startsAt: string
  endsAt: string
  registrationDeadline: string
  venue: string
  onlineUrl: string
  capacity: number
  attendeeLimit: number
  measureIds: string[]
  industries: string[]
  districts: string[]
  keyEnterprise: 'any' | 'yes' | 'no'
  outputMinWan: number | null
  outputMaxWan: number | null
  audienceMeasureId: string
}

const WALL = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/

/** `2026-12-17 09:00` (Beijing) → `2026-12-17T09:00:00+08:00`; '' when incomplete. */
export function instantOf(wall: string): string {
  const m = WALL.exec(wall.trim())
  return m ? `${m[1]}T${m[2]}:00+08:00` : ''
}

/** An instant → its Beijing wall-clock `YYYY-MM-DD HH:mm`. */
export function wallOf(instant: string): string {
  return shanghaiDateTimeOf(instant)
}

export function emptyForm(association: string | null): NoticeForm {
  const industries = catalogues.associations.find((a) => a.code === association)?.industries ?? []
  return {
    title: '',
    body: '',
    kind: 'training',
    startsAt: '',
    endsAt: '',
    registrationDeadline: '',
    venue: '',
    onlineUrl: '',
    capacity: 50,
    attendeeLimit: 3,
    measureIds: [],
    industries: [...industries],
    districts: [],
    keyEnterprise: 'any',
    outputMinWan: null,
    outputMaxWan: null,
    audienceMeasureId: '',
  }
}

export function formOf(n: Notice): NoticeForm
export function formOf(n: Notice, audienceOnly: true): Partial<NoticeForm>
export function formOf(n: Notice, audienceOnly = false): Partial<NoticeForm> {
  const a = n.audience
  const audience = {
    industries: [...a.industries],
    districts: [...a.districts],
    keyEnterprise: a.keyEnterprise === true ? 'yes' : a.keyEnterprise === false ? 'no' : 'any',
    outputMinWan: a.outputValueMin === null ? null : a.outputValueMin / 10_000,
    outputMaxWan: a.outputValueMax === null ? null : a.outputValueMax / 10_000,
    audienceMeasureId: a.measureId ?? '',
  } satisfies Partial<NoticeForm>
  if (audienceOnly) return audience
  return {
    title: n.title,
    body: n.body,
    kind: n.kind,
    startsAt: wallOf(n.startsAt),
    endsAt: wallOf(n.endsAt),
    registrationDeadline: wallOf(n.registrationDeadline),
    venue: n.venue ?? '',
    onlineUrl: n.onlineUrl ?? '',
    capacity: n.capacity,
    attendeeLimit: n.attendeeLimit,
    measureIds: [...n.measureIds],
    ...audience,
  }
}

export function audienceOf(f: NoticeForm): NoticeAudience {
  const yuan = (wan: number | null | undefined) => (wan === null || wan === undefined || Number.isNaN(wan) ? null : Math.round(wan * 10_000))
  return {
    // the catalogues' codes (the form offers nothing else)
    industries: [...f.industries] as NoticeAudience['industries'],
    districts: [...f.districts] as NoticeAudience['districts'],
    keyEnterprise: f.keyEnterprise === 'any' ? null : f.keyEnterprise === 'yes',
    outputValueMin: yuan(f.outputMinWan),
    outputValueMax: yuan(f.outputMaxWan),
    ...(f.audienceMeasureId ? { measureId: f.audienceMeasureId as NonNullable<NoticeAudience['measureId']> } : {}),
  }
}

/** A stored audience (as the API answers it) as the preview route takes it. */
export function audienceInputOf(a: Notice['audience']): NoticeAudience {
  return audienceOf({ ...emptyForm(null), ...formOf({ audience: a } as Notice, true) })
}

export function inputOf(f: NoticeForm): NoticeInput {
  return {
    title: f.title,
    body: f.body,
    kind: f.kind,
    startsAt: instantOf(f.startsAt),
    endsAt: instantOf(f.endsAt),
    registrationDeadline: instantOf(f.registrationDeadline),
    venue: f.venue.trim() || null,
    onlineUrl: f.onlineUrl.trim() || null,
    capacity: f.capacity,
    attendeeLimit: f.attendeeLimit,
    measureIds: [...f.measureIds] as NoticeInput['measureIds'],
    audience: audienceOf(f),
  }
}

export const STATUS_TONES: Record<NoticeStatus, 'info' | 'success' | 'danger'> = { draft: 'info', published: 'success', cancelled: 'danger' }
