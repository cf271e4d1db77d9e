import { ApiProperty } from '@nestjs/swagger'
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator'
import { catalogues } from '@servicepack/policy-rules'
import { ObjectList } from '../common/nested-fields.js'

const categoryCodes = catalogues.appealCategories.map((c) => c.code)
const bureauCodes = catalogues.bureaus.map((b) => b.code)

export class RoutingValueDto {
  @ApiProperty({ enum: bureauCodes, description: '主办 bureau' }) lead!: string
  @ApiProperty({ enum: bureauCodes, isArray: true, description: '协办 bureaus' }) assisting!: string[]
  @ApiProperty({ description: "the enterprise's district government assists as well" }) districtGovernment!: boolean
}

export class RoutingEntryDto extends RoutingValueDto {
  @ApiProperty({ enum: categoryCodes }) categoryCode!: string
  @ApiProperty({ type: RoutingValueDto, description: "the action plan's default (policy-rules)" }) default!: RoutingValueDto
  @ApiProperty({ description: 'an administrator changed it from the default' }) overridden!: boolean
  @ApiProperty({ description: 'send it back when changing the entry (0 = the default)' }) version!: number
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) updatedByName!: string | null
}

export class RoutingEntryInputDto {
  @ApiProperty({ enum: categoryCodes })
  @IsIn(categoryCodes, { message: 'categoryCode must be a category of the routing catalogue' })
  categoryCode!: string

  @ApiProperty({ enum: bureauCodes })
  @IsIn(bureauCodes, { message: 'lead must be a bureau of the catalogue' })
  lead!: string

  @ApiProperty({ enum: bureauCodes, isArray: true })
  @IsArray() @ArrayMaxSize(10) @ArrayUnique() @IsIn(bureauCodes, { each: true, message: 'assisting must hold bureaus of the catalogue' })
  assisting!: string[]

  @ApiProperty()
  @IsBoolean()
  districtGovernment!: boolean

  @ApiProperty({ description: 'the version read (409 CONFLICT when someone changed the entry since)' })
  @IsInt() @Min(0) @Max(1_000_000_000)
  version!: number
}

export class UpdateRoutingDto {
  @ApiProperty({ type: [RoutingEntryInputDto], description: 'the entries to change (the others stay)' })
  @ObjectList(() => RoutingEntryInputDto) @ArrayMinSize(1) @ArrayMaxSize(categoryCodes.length) @ArrayUnique((e: RoutingEntryInputDto) => e?.categoryCode, { message: "entries must name each category once" })
  entries!: RoutingEntryInputDto[]
}
