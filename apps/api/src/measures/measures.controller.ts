import { Body, Controller, HttpCode, Post } from '@nestjs/common'
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger'
import { Public } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { EvaluateRequestDto, EvaluateResponseDto } from './measures.dto.js'
import { MeasuresService } from './measures.service.js'

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Post('evaluate')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Try-it calculator: evaluate facts typed by a visitor, without storing them' })
  @ApiOkResponse({ type: EvaluateResponseDto })
  @ApiErrors(400, 413, 429)
  evaluate(@Body() body: EvaluateRequestDto): EvaluateResponseDto {
    return this.measures.evaluateInput(body.facts, body.asOf)
  }
}
