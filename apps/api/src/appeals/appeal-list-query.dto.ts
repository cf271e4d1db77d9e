import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger'
import { Transform } from 'class-transformer'
import { ArrayMaxSize, IsArray, IsIn, IsOptional, Matches } from 'class-validator'
import { catalogues } from '@servicepack/policy-rules'
import { IsCalendarDate } from '../common/date-fields.js'
import { TextField } from '../common/fields.js'
import { EXPORT_FORMATS, type ExportFormat } from '../common/table-files.js'
import { APPEAL_STATUSES, RATINGS, type AppealStatus, type Rating } from './appeal-state.js'
import { PageField, QueryFlag } from '../common/query-fields.js'

/** The list's, the export's and the counts' query strings. */

const categoryCodes = catalogues.appealCategories.map((c) => c.code)
const bureauCodes = catalogues.bureaus.map((b) => b.code)

export const APPEAL_SORTS = ['created_desc', 'created_asc', 'due_asc'] as const
export type AppealSort = (typeof APPEAL_SORTS)[number]

const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value)
export class AppealListQueryDto {
  @ApiPropertyOptional({ description: 'comma-separated statuses', example: 'dispatched,in_progress' })
  @IsOptional() @Transform(csv) @IsArray() @ArrayMaxSize(6) @IsIn(APPEAL_STATUSES, { each: true, message: 'status must be appeal statuses' })
  status?: AppealStatus[]

  @ApiPropertyOptional({ enum: categoryCodes })
  @IsOptional() @IsIn(categoryCodes, { message: 'category must be a category of the routing catalogue' })
  category?: string

  @ApiPropertyOptional({ enum: bureauCodes, description: 'lead or assisting' })
  @IsOptional() @IsIn(bureauCodes, { message: 'bureau must be a bureau of the catalogue' })
  bureau?: string

  @ApiPropertyOptional({ enum: bureauCodes, description: 'lead bureau only (the 三率 drill-down)' })
  @IsOptional() @IsIn(bureauCodes, { message: 'lead must be a bureau of the catalogue' })
  lead?: string

  @ApiPropertyOptional({ enum: catalogues.districts.map((d) => d.code), description: "the enterprise's district when it asked" })
  @IsOptional() @IsIn(catalogues.districts.map((d) => d.code), { message: 'district must be a district code' })
  district?: string

  @ApiPropertyOptional({ example: '2026-06-01', description: 'dispatched on or after this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  dispatchedFrom?: string

  @ApiPropertyOptional({ example: '2026-11-30', description: 'dispatched on or before this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  dispatchedTo?: string

  @ApiPropertyOptional({ example: '2026-06-01', description: 'last rated on or after this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  ratedFrom?: string

  @ApiPropertyOptional({ example: '2026-11-30', description: 'last rated on or before this Shanghai date' })
  @IsOptional() @IsCalendarDate()
  ratedTo?: string

  @QueryFlag('went past a deadline at least once since its current dispatch (the 三率 overdue drill-down)')
  everOverdue?: boolean

  @ApiPropertyOptional({ enum: RATINGS, description: 'the latest rating' })
  @IsOptional() @IsIn(RATINGS)
  rating?: Rating

  @QueryFlag('reopened at least once (a 不满意 rating)')
  reopened?: boolean

  @ApiPropertyOptional({ description: 'only the enterprise with this USCC' })
  @IsOptional() @Matches(/^[0-9A-Z]{18}$/, { message: 'enterprise must be a USCC' })
  enterprise?: string

  @QueryFlag('past the accept or answer deadline')
  overdue?: boolean

  @QueryFlag('即将超期: a deadline today or within the deadline policy’s dueSoonDays next working days')
  dueSoon?: boolean

  @ApiPropertyOptional({ enum: ['lead', 'assisting'], description: "the caller's bureau's part: 主办 (lead) or 协办 (assisting); for bureau officers" })
  @IsOptional() @IsIn(['lead', 'assisting'])
  part?: 'lead' | 'assisting'

  @QueryFlag("待提供协办意见: dispatched or in progress, the caller's bureau assists and has given no opinion since the dispatch (true), or has (false)")
  awaitingOpinion?: boolean

  @QueryFlag('an extension request waits for the coordinator')
  pendingExtension?: boolean

  @TextField({ max: 100, nullable: true, description: 'tracking number, title or enterprise name contains' })
  q?: string | null

  @QueryFlag('only the appeals of the enterprises whose 服务管家 is the caller (我负责的企业; true) or only the others (false)')
  mine?: boolean

  @QueryFlag(
    "a coordinator's list puts the appeals of the enterprises they are the steward of first, each part in the chosen sort (the cursor carries the part); false: one list in the chosen sort. Without effect with `mine` or for other roles",
    { default: true },
  )
  mineFirst?: boolean

  @ApiPropertyOptional({ enum: APPEAL_SORTS, default: 'created_desc' })
  @IsOptional() @IsIn(APPEAL_SORTS)
  sort?: AppealSort

  @ApiPropertyOptional({ description: 'the nextCursor of the previous page (keyset paging)' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a cursor returned by the API' })
  cursor?: string

  @PageField(100, 20)
  limit?: number
}

/** The list's filters and sort, without paging, and the file format. */
export class AppealExportQueryDto extends OmitType(AppealListQueryDto, ['cursor', 'limit'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat
}

/**
 * The list's filters that are not tabs (issue 19 §5): the counts follow them, so after a drill-down
 * from a 三率 figure the tabs and the total (共 N 条) count what the list shows.
 */
export class AppealCountsQueryDto extends PickType(AppealListQueryDto, [
  'category', 'bureau', 'lead', 'district', 'dispatchedFrom', 'dispatchedTo', 'ratedFrom', 'ratedTo', 'everOverdue', 'rating', 'reopened', 'enterprise', 'part', 'awaitingOpinion', 'q',
] as const) {}

