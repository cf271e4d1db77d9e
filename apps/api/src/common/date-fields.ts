import { applyDecorators } from '@nestjs/common'
import { ValidateBy, type ValidationOptions } from 'class-validator'
import { isCalendarDate } from '@servicepack/policy-rules'

/**
 * The one check of a calendar date that comes in (query filters, `asOf`, metrics periods): a real
 * date written `YYYY-MM-DD` (no 30 February, no month 99, no year 0000 — `isCalendarDate` of
 * policy-rules), optionally within bounds. Constraint `isCalendarDate` → field code FORMAT,
 * `dateInRange` → OUT_OF_RANGE. A value that reaches a service is safe to cast in PostgreSQL.
 */
export interface CalendarDateBounds {
  /** earliest date accepted, `YYYY-MM-DD` */
  min?: string
  /** latest date accepted, `YYYY-MM-DD` */
  max?: string
}

/** The span of the service's own history and plans: periods of figures are read within it. */
export const SERVICE_DATES: Required<CalendarDateBounds> = { min: '2000-01-01', max: '2100-12-31' }

/** Why a date is refused (null when it is a real calendar date within the bounds). */
export function calendarDateProblem(value: unknown, bounds: CalendarDateBounds = {}): 'format' | 'range' | null {
  if (!isCalendarDate(value)) return 'format'
  // YYYY-MM-DD compares as text
  if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) return 'range'
  return null
}

export function IsCalendarDate(bounds: CalendarDateBounds = {}, options?: ValidationOptions): PropertyDecorator {
  const range = bounds.min !== undefined || bounds.max !== undefined
  return applyDecorators(
    ValidateBy(
      {
        name: 'isCalendarDate',
        validator: {
          validate: (value: unknown) => calendarDateProblem(value) === null,
          defaultMessage: (args) => `${args?.property} must be a real calendar date written YYYY-MM-DD`,
        },
      },
      options,
    ),
    ...(range
      ? [
          ValidateBy(
            {
              name: 'dateInRange',
              validator: {
                validate: (value: unknown) => calendarDateProblem(value, bounds) !== 'range',
                defaultMessage: (args) => `${args?.property} must lie from ${bounds.min ?? 'any date'} to ${bounds.max ?? 'any date'}`,
              },
            },
            options,
          ),
        ]
      : []),
  )
}
