import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common'
import { fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { usccProblem, usccProblemMessages } from './uscc.js'

/** `@Param('uscc', ParseUsccPipe)`: a malformed 统一社会信用代码 is a 400 naming the parameter. */
@Injectable()
export class ParseUsccPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'uscc'
    const problem = usccProblem(value)
    if (problem) throw new InputInvalidException([fieldProblem(field, 'FORMAT', `${field} ${usccProblemMessages[problem]}`)])
    return value
  }
}
