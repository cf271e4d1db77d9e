import { applyDecorators } from '@nestjs/common'
import { ApiPropertyOptional } from '@nestjs/swagger'
import { Transform, Type } from 'class-transformer'
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator'

/**
 * The fields every list's query string shares, written once: a yes/no flag and a page number or size.
 * A query string carries text only, so both are read from it here, and anything else is refused (400).
 */

/** `true` and `false` as booleans; any other text stays text, which IsBoolean then refuses. */
const flag = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)

/** A yes/no query parameter: `true` and `false` are read as booleans, anything else is refused. */
export function QueryFlag(description: string, options: { default?: boolean } = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ ...options, description }), IsOptional(), Transform(flag), IsBoolean())
}

/** A page number or size of a list's query (a whole number in [1, max]), `defaultValue` when omitted. */
export function PageField(max: number, defaultValue: number): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ default: defaultValue, minimum: 1, maximum: max }), IsOptional(), Type(() => Number), IsInt(), Min(1), Max(max))
}
