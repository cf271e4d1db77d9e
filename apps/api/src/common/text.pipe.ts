import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common'
import { fieldProblem, InputInvalidException } from './error-shape.js'
import { checkText, textProblemMessages } from './text-rules.js'

/**
 * The first global pipe: every string of a body, query or path parameter (values and keys) is
 * checked against the text rules and NFC-normalised before validation sees it. A bad one is a 400
 * naming its field (`FORBIDDEN_CHARACTERS`), so no route can store NUL, lone surrogates or
 * bidirectional overrides, and no validator meets them (class-validator's isEmail throws on a lone
 * surrogate; PostgreSQL refuses NUL with a 500).
 */
@Injectable()
export class TextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value
    const { problems, value: normalised } = checkText(value, metadata.data ?? '')
    if (problems.length > 0) {
      throw new InputInvalidException(problems.map((p) => fieldProblem(p.field || metadata.type, 'FORBIDDEN_CHARACTERS', `${p.field || metadata.type} ${textProblemMessages[p.problem]}`)))
    }
    return normalised
  }
}
