import { Body, Controller, HttpCode, Post } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import { evaluate, factDefinition, sortForPackage, totalEligibleAmount, validateFacts, type Facts } from '@servicepack/policy-rules'
import { Public } from '../auth/access.decorators.js'
import { todayInShanghai } from '../common/dates.js'
import { InputInvalidException, type FieldProblem } from '../common/error-shape.js'
import { EvaluateRequestDto, EvaluateResponseDto } from './measures.dto.js'

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  @Post('evaluate')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Try-it calculator: evaluate facts typed by a visitor, without storing them' })
  @ApiOkResponse({ type: EvaluateResponseDto })
  evaluate(@Body() body: EvaluateRequestDto): EvaluateResponseDto {
    const problems: FieldProblem[] = Object.keys(body.facts)
      .filter((name) => !factDefinition(name))
      .map((name) => ({ field: `facts.${name}`, messages: [`unknown fact "${name}"`] }))
    const validation = validateFacts(body.facts)
    if (!validation.ok) problems.push(...validation.errors.map((e) => ({ field: `facts.${e.field}`, messages: [e.message] })))
    if (problems.length > 0) throw new InputInvalidException(problems)
    const asOf = body.asOf ?? todayInShanghai()
    const evaluations = sortForPackage(evaluate(body.facts as Facts, { asOf, reasonsEn: true }))
    return { asOf, evaluations, total: totalEligibleAmount(evaluations) }
  }
}
