import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsIn, IsOptional } from 'class-validator'
import { NOTIFICATION_GROUPS, type NotificationGroup } from './notification-groups.js'
import { PageField, QueryFlag } from '../common/query-fields.js'

export class NotificationDto {
  @ApiProperty() id!: string
  @ApiProperty({ description: 'dispatched, assisting, accepted, returned, opinion, opinion_skipped, responded, message, reminder, overdue, rated, reopened, closed, withdrawn, extension_requested, extension_approved, extension_refused' })
  kind!: string
  @ApiProperty({ type: String, nullable: true }) appealId!: string | null
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'what the texts need: number, title, dueAt, …' }) data!: Record<string, unknown>
  @ApiProperty() read!: boolean
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[]
  @ApiProperty() unread!: number
}

/** The notifications page (查看全部): a page of what the caller was sent, newest first, filtered. */
export class NotificationHistoryQueryDto {
  @QueryFlag('only unread (true) or only read (false)')
  unread?: boolean

  @ApiPropertyOptional({ enum: NOTIFICATION_GROUPS, enumName: 'NotificationGroup', description: 'deadline (催办与超期), appeal (诉求动态), notice (培训通知), other' })
  @IsOptional() @IsIn(NOTIFICATION_GROUPS, { message: 'kind must be deadline, appeal, notice or other' })
  kind?: NotificationGroup

  @PageField(1000, 1)
  page?: number

  @PageField(100, 20)
  pageSize?: number
}

export class NotificationGroupCountDto {
  @ApiProperty({ enum: NOTIFICATION_GROUPS, enumName: 'NotificationGroup' }) kind!: NotificationGroup
  @ApiProperty({ description: 'matching the unread filter' }) count!: number
}

export class NotificationHistoryDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[]
  @ApiProperty({ description: 'matching both filters' }) total!: number
  @ApiProperty({ description: 'unread, whatever the filters' }) unread!: number
  @ApiProperty({ type: [NotificationGroupCountDto], description: 'per kind, under the unread filter (the kind tabs’ counts; they add up to the total without a kind)' }) kinds!: NotificationGroupCountDto[]
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}
