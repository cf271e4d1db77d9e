import { applyDecorators } from '@nestjs/common'
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { Transform } from 'class-transformer'
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf, ValidateBy, type ValidationOptions } from 'class-validator'
import { PHONE_PATTERN } from '@servicepack/policy-rules'
import { normaliseLine, singleLineProblem, textProblemMessages } from './text-rules.js'

/**
 * Field decorators every DTO uses for text, so the rules live in one place: trimmed and
 * NFC-normalised, one line (no CR/LF, tabs or zero-width characters) unless `multiline`, not blank
 * when required, bounded in length, and documented in OpenAPI.
 *
 * - `required`: must be present and not blank.
 * - `nullable`: may be null or omitted; a blank string is stored as null by the service.
 * - neither: may be omitted, but not null and not blank (e.g. an enterprise's name in a partial update).
 */
export interface TextFieldOptions {
  max: number
  required?: boolean
  nullable?: boolean
  multiline?: boolean
  description?: string
  example?: string
}

/** One-line text (class-validator constraint `plainText` → field code FORBIDDEN_CHARACTERS). */
export function IsSingleLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'plainText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || singleLineProblem(value) === null,
        defaultMessage: (args) => {
          const problem = typeof args?.value === 'string' ? singleLineProblem(args.value) : null
          return `${args?.property} ${problem ? textProblemMessages[problem] : 'is not plain text'}`
        },
      },
    },
    options,
  )
}

/** Presence: required (must be there), nullable (null or absent allowed), or optional-but-not-null. */
function presence(options: { required?: boolean; nullable?: boolean }): PropertyDecorator {
  if (options.required) return () => undefined
  if (options.nullable) return IsOptional()
  return ValidateIf((_, value) => value !== undefined)
}

function docs(options: TextFieldOptions, extra: Record<string, unknown> = {}): PropertyDecorator {
  const doc = {
    type: String,
    maxLength: options.max,
    ...(options.nullable ? { nullable: true } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(options.example ? { example: options.example } : {}),
    ...extra,
  }
  return options.required ? ApiProperty({ ...doc, minLength: 1 }) : ApiPropertyOptional(doc)
}

export function TextField(options: TextFieldOptions): PropertyDecorator {
  const notBlank = !options.nullable
  return applyDecorators(
    docs(options),
    Transform(({ value }) => normaliseLine(value)),
    presence(options),
    IsString(),
    ...(options.multiline ? [] : [IsSingleLine()]),
    ...(notBlank ? [MinLength(1, { message: ({ property }) => `${property} must not be blank` })] : []),
    MaxLength(options.max),
  )
}

/** A blank nullable field is cleared (the service stores null), so its format is not checked. */
function blankMeansNull(options: { nullable?: boolean }): PropertyDecorator[] {
  return options.nullable ? [ValidateIf((_, value) => value !== '')] : []
}

/** A phone number in the shared shape (`PHONE_PATTERN` of @servicepack/policy-rules). */
export function PhoneField(options: Omit<TextFieldOptions, 'max' | 'multiline'>): PropertyDecorator {
  return applyDecorators(
    TextField({ ...options, max: 40 }),
    ...blankMeansNull(options),
    Matches(PHONE_PATTERN, { message: ({ property }) => `${property} must be a phone number (digits, +, -, parentheses, spaces; 5–40)` }),
  )
}

/** An e-mail address (at most 200 characters). */
export function EmailField(options: Omit<TextFieldOptions, 'max' | 'multiline'>): PropertyDecorator {
  return applyDecorators(
    TextField({ ...options, max: 200 }),
    ...blankMeansNull(options),
    IsEmail({}, { message: ({ property }) => `${property} must be an e-mail address` }),
  )
}
