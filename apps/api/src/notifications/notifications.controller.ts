import { Get, HttpCode, Param, Post, Query } from '@nestjs/common'
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger'
import { Authenticated } from '../auth/access.decorators.js'
import { ApiErrors } from '../common/api-errors.decorator.js'
import { SignedInController } from '../common/signed-in-controller.decorator.js'
import { CurrentViewer } from '../enterprises/current-viewer.js'
import type { Viewer } from '../auth/viewer.js'
import { NotificationHistoryDto, NotificationHistoryQueryDto, NotificationListDto } from './notification.dto.js'
import { NotificationHistoryService } from './notification-history.service.js'
import { NotificationsService } from './notifications.service.js'

@SignedInController('notifications', 'notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly history: NotificationHistoryService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: NotificationListDto, description: 'the latest 50, newest first, with the unread count' })
  list(@CurrentViewer() viewer: Viewer): Promise<NotificationListDto> {
    return this.notifications.list(viewer)
  }

  @Get('history')
  @Authenticated()
  @ApiOkResponse({ type: NotificationHistoryDto, description: 'everything the caller was sent, newest first, a page at a time, filtered by read state and kind, with the total and the counts per kind' })
  @ApiErrors(400)
  page(@CurrentViewer() viewer: Viewer, @Query() query: NotificationHistoryQueryDto): Promise<NotificationHistoryDto> {
    return this.history.page(viewer, query)
  }

  @Post('read-all')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse()
  async readAll(@CurrentViewer() viewer: Viewer): Promise<void> {
    await this.notifications.markAllRead(viewer)
  }

  @Post(':id/read')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(404)
  async read(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<void> {
    await this.notifications.markRead(viewer, id)
  }
}
