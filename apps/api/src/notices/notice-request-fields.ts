import { applyDecorators } from '@nestjs/common'
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger'
import { Type } from 'class-transformer'
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator'
import { measures } from '@servicepack/policy-rules'
import { NOTICE_KINDS } from './notice-state.js'

/**
 * The rules of each field of a notice's requests, written once for the draft (CreateNoticeDto), the
 * partial change (UpdateNoticeDto) and the previews. `presence` says whether a field must be given
 * (`required`), may be omitted or null (`optional`), or may be omitted but not null (`omittable`:
 * a partial update names only what changes); `doc` is its OpenAPI documentation.
 */
export type Presence = 'required' | 'optional' | 'omittable'

export const measureIds = measures.map((m) => m.id)

/** Decorators in the order they would be written above a property (applied bottom-up, as TypeScript does). */
const stacked = (...decorators: PropertyDecorator[]) => applyDecorators(...decorators.reverse())

/** May be omitted; when present it may not be null. */
const Omittable = () => ValidateIf((_, value) => value !== undefined)

const documented = (presence: Presence, doc: ApiPropertyOptions) => (presence === 'required' ? ApiProperty(doc) : ApiPropertyOptional(doc))
const absence = (presence: Presence): PropertyDecorator[] => (presence === 'required' ? [] : [presence === 'optional' ? IsOptional() : Omittable()])

/** An instant with its offset, e.g. 2026-12-15T09:00:00+08:00 (a valid date, and never the server's local time). */
export function InstantField(field: string, presence: Presence, doc: ApiPropertyOptions): PropertyDecorator {
  return stacked(
    documented(presence, doc),
    ...absence(presence),
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be an ISO 8601 instant` }),
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { message: `${field} must be an instant with its offset, e.g. 2026-12-15T09:00:00+08:00` }),
  )
}

/** 培训 / 宣讲 / 政策解读. */
export function KindField(presence: Presence, doc: ApiPropertyOptions): PropertyDecorator {
  return stacked(documented(presence, { enum: NOTICE_KINDS, ...doc }), ...absence(presence), IsIn(NOTICE_KINDS, { message: 'kind must be training, briefing or policy_interpretation' }))
}

/** An http(s) link; a blank string clears it. */
export function OnlineUrlField(doc: ApiPropertyOptions): PropertyDecorator {
  const URL_PATTERN = /^https?:\/\/[^\s<>"'`\\]{1,490}$/
  return stacked(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, ...doc }),
    IsOptional(),
    ValidateIf((_, value) => value !== ''),
    Matches(URL_PATTERN, { message: 'onlineUrl must be an http(s) URL' }),
  )
}

/** A whole number in [min, max]. */
export function CountField(min: number, max: number, presence: Presence, doc: ApiPropertyOptions): PropertyDecorator {
  return stacked(documented(presence, { minimum: min, maximum: max, ...doc }), ...absence(presence), IsInt(), Min(min), Max(max))
}

/** The measures a notice is about (up to 20 of the catalogue). */
export function MeasureIdsField(presence: Presence, doc: ApiPropertyOptions): PropertyDecorator {
  return stacked(
    documented(presence, { enum: measureIds, isArray: true, ...doc }),
    ...absence(presence),
    IsArray(),
    ArrayMaxSize(20),
    ArrayUnique(),
    IsIn(measureIds, { each: true, message: 'measureIds must hold measures of the catalogue' }),
  )
}

/** A nested object of `type`. */
export function NestedField(type: () => new () => object, presence: Presence): PropertyDecorator {
  return stacked(documented(presence, { type: type() }), ...absence(presence), IsObject(), ValidateNested(), Type(type))
}
