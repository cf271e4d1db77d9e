import { ApiProperty } from '@nestjs/swagger'

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
