import { Body, Controller, HttpCode, Post } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import { evaluate, sortForPackage, totalEligibleAmount, type Facts } from '@servicepack/policy-rules'
import { Public } from '../auth/access.decorators.js'
import { invalidAsOf, isCalendarDate, todayInShanghai } from '../common/dates.js'
import { InputInvalidException } from '../common/error-shape.js'
import { factProblems } from '../enterprises/profile-patch.js'
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
    const problems = factProblems(body.facts)
    const asOf = body.asOf ?? todayInShanghai()
    if (!isCalendarDate(asOf)) problems.push(invalidAsOf)
    if (problems.length > 0) throw new InputInvalidException(problems)
    const evaluations = sortForPackage(evaluate(body.facts as Facts, { asOf, reasonsEn: true }))
    return { asOf, evaluations, total: totalEligibleAmount(evaluations) }
  }
}
