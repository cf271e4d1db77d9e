import { applyDecorators } from '@nestjs/common'
import { Type } from 'class-transformer'
import { IsArray, IsObject, ValidateNested, type ValidationOptions } from 'class-validator'

/**
 * Nested DTOs, the only way in. class-validator's `@ValidateNested` takes an array as readily as an
 * object (it walks its items), so `[[{…}]]` passed where a list of objects was expected, and
 * `[{…}]` where one object was: every nested property also declares `@IsObject` (each item for a
 * list), which refuses arrays, null and primitives (field code TYPE, naming the field).
 * A spec (nested-fields.spec.ts) checks that every DTO's nested property carries it.
 */
export function ObjectList(type: () => new () => object, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    IsArray(options),
    IsObject({ ...options, each: true, message: ({ property }) => `each item of ${property} must be an object` }),
    ValidateNested({ ...options, each: true }),
    Type(type),
  )
}

/** One nested object (not an array, not null). */
export function NestedObject(type: () => new () => object, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsObject({ ...options, message: ({ property }) => `${property} must be an object` }), ValidateNested(options), Type(type))
}
