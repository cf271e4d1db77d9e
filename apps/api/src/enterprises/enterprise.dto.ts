import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger'
import { ArrayMaxSize, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateBy, ValidateIf } from 'class-validator'
import { catalogues } from '@servicepack/policy-rules'
import { EmailField, PhoneField, TextField } from '../common/fields.js'
import { ObjectList } from '../common/nested-fields.js'
import { EXPORT_FORMATS, type ExportFormat } from '../common/table-files.js'
import { factsSchema } from '../measures/facts-schema.js'
import { AmountRangeDto, EvaluationDto } from '../measures/measures.dto.js'
import { ENTERPRISE_ACTIONS, type EnterpriseAction } from './enterprise-access.js'
import { usccProblem, usccProblemMessages } from './uscc.js'
import { PageField, QueryFlag } from '../common/query-fields.js'

export class StewardDto {
  @ApiProperty({ type: String, nullable: true, description: "the coordinator account (its `sub`); null: a steward from before stewards were accounts, not linked to one (choose an account)" })
  sub!: string | null
  @ApiProperty({ type: String, nullable: true, description: "the account's username (null for a legacy steward)" }) username!: string | null
  @ApiProperty({ description: '服务管家 name, as the SSO last described the account (or the legacy free text)' }) name!: string
  @ApiProperty({ type: String, nullable: true, description: 'the number the enterprise may call' }) phone!: string | null
  @ApiProperty({ type: String, nullable: true, description: "the account's e-mail as the SSO last described it" }) email!: string | null
  @ApiProperty({ type: String, nullable: true }) assignedBy!: string | null
  @ApiProperty({ type: String, nullable: true, description: "who assigned the steward, by name (issue 19 §4); null when never known" }) assignedByName!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) assignedAt!: string | null
}

export class EnterpriseDto {
  @ApiProperty({ description: '统一社会信用代码', example: '91310115MA1K4FTB1X' }) uscc!: string
  @ApiProperty() name!: string
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null
  @ApiProperty({ ...factsSchema(), description: 'Policy-rules facts; an absent fact is unknown' })
  facts!: Record<string, string | number | boolean>
  @ApiProperty({ description: '重点企业 (annual output ≥ 10亿元)' }) isKey!: boolean
  @ApiProperty({ type: StewardDto, nullable: true }) steward!: StewardDto | null
  @ApiProperty({ description: 'Optimistic-concurrency version; send it back with PUT' }) version!: number
  @ApiProperty({ format: 'date-time' }) createdAt!: string
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
  @ApiProperty({ enum: ENTERPRISE_ACTIONS, enumName: 'EnterpriseAction', isArray: true, description: 'what the caller may do with this enterprise (the API decides; apps only show)' })
  allowedActions!: EnterpriseAction[]
}

export class UpdateEnterpriseDto {
  @TextField({ max: 200, description: 'may not be blank' })
  name?: string

  @TextField({ max: 100, nullable: true, description: 'blank or null clears it' })
  contactName?: string | null

  @PhoneField({ nullable: true, description: 'blank or null clears it' })
  contactPhone?: string | null

  @EmailField({ nullable: true, description: 'blank or null clears it' })
  contactEmail?: string | null

  @ApiPropertyOptional({ ...factsSchema(), description: 'Partial: only the facts given change; null makes a fact unknown again' })
  @ValidateIf((_, value) => value !== undefined) @IsObject({ message: 'facts must be an object of facts' })
  facts?: Record<string, unknown>

  @ApiPropertyOptional({ description: 'The version read; a stale version is refused with 409 so no edit is lost silently' })
  @IsOptional() @IsInt() @Min(1) @Max(2_147_483_647)
  version?: number
}

export class PackageDto {
  @ApiProperty() uscc!: string
  @ApiProperty({ example: '2026-11-26' }) asOf!: string
  @ApiProperty({ type: [EvaluationDto], description: 'eligible with amount, eligible, unknown, then the rest' })
  evaluations!: EvaluationDto[]
  @ApiProperty({ type: AmountRangeDto, description: "sum of the eligible measures' enterprise amounts (per-person and announced money excluded)" }) total!: AmountRangeDto
  @ApiProperty({ type: StewardDto, nullable: true }) steward!: StewardDto | null
}

export class FieldChangeDto {
  @ApiProperty() field!: string
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }) from!: unknown
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }) to!: unknown
}

export class ChangeDto {
  @ApiProperty() id!: string
  @ApiProperty({ format: 'date-time' }) at!: string
  @ApiProperty() actorUsername!: string
  @ApiProperty({ type: String, nullable: true, description: "the actor's name as the SSO gives it (Keycloak's `name`: given name, then family name), when known" })
  actorName!: string | null
  @ApiProperty({ type: [FieldChangeDto], description: 'only fields whose value changed (with `field`: only that field)' }) changes!: FieldChangeDto[]
}

/** The fields history rows name: `name`, `contactPhone`, `facts.revenue`, `steward.name`, … */
const HISTORY_FIELD = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?$/

export class HistoryQueryDto {
  @PageField(100000, 1)
  page?: number

  @PageField(100, 20)
  pageSize?: number

  @TextField({ max: 100, nullable: true, description: 'only changes of this field, e.g. `facts.revenue` or `steward.phone`', example: 'facts.revenue' })
  @ValidateBy({ name: 'matches', validator: { validate: (v: unknown) => typeof v !== 'string' || v === '' || HISTORY_FIELD.test(v), defaultMessage: () => 'field must name a field (letters and digits, one optional dot)' } })
  field?: string | null
}

export class ChangeListDto {
  @ApiProperty({ type: [ChangeDto], description: 'newest first; changes that changed nothing are left out' }) items!: ChangeDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
  @ApiProperty({ type: [String], description: "every field the enterprise's history names (for a field filter), in order of first appearance" }) fields!: string[]
}

const codes = (list: readonly { code: string }[]) => list.map((i) => i.code)

/** Columns of the enterprise list a coordinator may sort by. */
export const ENTERPRISE_SORTS = ['name', 'uscc', 'key', 'industry', 'district', 'annualOutputValue', 'steward', 'updatedAt'] as const
export type EnterpriseSort = (typeof ENTERPRISE_SORTS)[number]
export const SORT_ORDERS = ['asc', 'desc'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

export class EnterpriseListQueryDto {
  @TextField({ max: 100, nullable: true, description: 'name or USCC contains' })
  q?: string | null

  @QueryFlag('only 重点企业 (true) or only the others (false)')
  key?: boolean

  @ApiPropertyOptional({ enum: codes(catalogues.industries) })
  @IsOptional() @IsIn(codes(catalogues.industries), { message: 'industry must be an industry code of the catalogue' })
  industry?: string

  @ApiPropertyOptional({ enum: codes(catalogues.districts) })
  @IsOptional() @IsIn(codes(catalogues.districts), { message: 'district must be a district code of the catalogue' })
  district?: string

  @QueryFlag('only enterprises without a 服务管家 account (true; legacy stewards included) or only those with one (false)')
  unassigned?: boolean

  @QueryFlag('only the enterprises whose steward is the caller (我负责的企业)')
  mine?: boolean

  @ApiPropertyOptional({ enum: ENTERPRISE_SORTS, enumName: 'EnterpriseSort', description: 'column to sort by (unknown values last); default: 重点企业 first, then name' })
  @IsOptional() @IsIn(ENTERPRISE_SORTS, { message: `sort must be one of ${ENTERPRISE_SORTS.join(', ')}` })
  sort?: EnterpriseSort

  @ApiPropertyOptional({ enum: SORT_ORDERS, enumName: 'SortOrder', default: 'asc' })
  @IsOptional() @IsIn(SORT_ORDERS, { message: 'order must be asc or desc' })
  order?: SortOrder

  @PageField(100000, 1)
  page?: number

  @PageField(100, 20)
  pageSize?: number
}

/** The list's filters and sort without paging, and the file's format (GET /api/enterprises/export). */
export class EnterpriseExportQueryDto extends OmitType(EnterpriseListQueryDto, ['page', 'pageSize'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat
}

export class EnterpriseSummaryDto {
  @ApiProperty() uscc!: string
  @ApiProperty() name!: string
  @ApiProperty() isKey!: boolean
  @ApiProperty({ type: String, nullable: true }) industry!: string | null
  @ApiProperty({ type: String, nullable: true }) district!: string | null
  @ApiProperty({ type: Number, nullable: true, description: 'yuan' }) annualOutputValue!: number | null
  @ApiProperty({ type: String, nullable: true, description: "the steward account's name (null: none, or only a legacy steward)" }) stewardName!: string | null
  @ApiProperty({ type: String, nullable: true, description: 'the steward account' }) stewardSub!: string | null
  @ApiProperty({ type: String, nullable: true, description: 'a legacy free-text steward not linked to an account (the enterprise counts as 未分配管家)' })
  stewardLegacyName!: string | null
  @ApiProperty({ description: 'the version to send back with a steward assignment' }) version!: number
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
}

export class EnterpriseListDto {
  @ApiProperty({ type: [EnterpriseSummaryDto] }) items!: EnterpriseSummaryDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}

/** The steward, as one assignment and a bulk assignment take it: a coordinator account and the number to call. */
class StewardFieldsDto {
  @TextField({ max: 255, required: true, description: 'the `sub` of a coordinator who has signed in (GET /api/users/coordinators); anyone else is refused with 400 NOT_ALLOWED' })
  stewardSub!: string

  @PhoneField({ required: true, description: 'the number the enterprise may call its steward on' })
  phone!: string
}

export class AssignStewardDto extends StewardFieldsDto {
  @ApiProperty({ description: "The enterprise's version read; a stale version is refused with 409 PROFILE_VERSION_CONFLICT" })
  @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number
}

/** A 统一社会信用代码 with a valid check digit (constraint `isUscc` → field code FORMAT). */
function IsUscc(): PropertyDecorator {
  return ValidateBy({
    name: 'isUscc',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && usccProblem(value) === null,
      defaultMessage: (args) => {
        const problem = typeof args?.value === 'string' ? usccProblem(args.value) : 'length'
        return `${args?.property} ${usccProblemMessages[problem ?? 'length']}`
      },
    },
  })
}

export class StewardTargetDto {
  @TextField({ max: 18, required: true, description: '统一社会信用代码', example: '91310115MA1K4C7L8X' })
  @IsUscc()
  uscc!: string

  @ApiProperty({ description: "The enterprise's version read (the list's `version`)" })
  @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number
}

/** The most enterprises one bulk assignment takes (the list's largest page). */
export const BULK_STEWARD_MAX = 100

export class AssignStewardsDto extends StewardFieldsDto {
  @ApiProperty({ type: [StewardTargetDto], minItems: 1, maxItems: BULK_STEWARD_MAX, description: 'the selected enterprises, each with the version read; each USCC at most once' })
  @ObjectList(() => StewardTargetDto) @ArrayMaxSize(BULK_STEWARD_MAX)
  // Not ArrayMinSize: it also fails for a non-array, which is a TYPE problem, not a missing selection.
  @ValidateBy({ name: 'arrayMinSize', validator: { validate: (value: unknown) => !Array.isArray(value) || value.length > 0, defaultMessage: () => 'enterprises must name at least one enterprise' } })
  @ValidateBy({
    name: 'arrayUnique',
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || new Set(value.map((t: { uscc?: unknown }) => t?.uscc)).size === value.length,
      defaultMessage: () => 'enterprises must name each enterprise once',
    },
  })
  enterprises!: StewardTargetDto[]
}

export class AssignStewardsResultDto {
  @ApiProperty({ type: [String], description: 'USCCs whose steward changed (a history row each, version + 1)' }) changed!: string[]
  @ApiProperty({ type: [String], description: 'USCCs that already had exactly this steward (nothing written)' }) unchanged!: string[]
}

export class EnterpriseCountsDto {
  @ApiProperty({ description: 'all enterprises' }) total!: number
  @ApiProperty({ description: '重点企业 (annual output ≥ 10亿元)' }) key!: number
  @ApiProperty({ description: 'enterprises without a 服务管家 account (legacy stewards not linked to an account included)' }) unassigned!: number
  @ApiProperty({ description: '重点企业 without a 服务管家 account' }) keyUnassigned!: number
  @ApiProperty({ description: "enterprises whose steward is the caller (我负责的企业)" }) mine!: number
}
