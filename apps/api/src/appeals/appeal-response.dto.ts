import { ApiProperty } from '@nestjs/swagger'
import { EvaluationDto } from '../measures/measures.dto.js'
import { COMPLEXITIES } from './appeal-request.dto.js'
import { APPEAL_ACTIONS, APPEAL_STATUSES, RATINGS, type AppealAction, type AppealStatus, type Rating } from './appeal-state.js'
import type { Complexity } from './appeal.entity.js'

/** What the appeals' routes answer. */

export class ExtensionRequestViewDto {
  @ApiProperty() id!: string
  @ApiProperty() workingDays!: number
  @ApiProperty({ type: String, nullable: true, description: "the lead bureau's reason, for the bureaus and coordinators; null for the enterprise" }) reason!: string | null
  @ApiProperty({ enum: ['pending', 'approved', 'refused'] }) status!: 'pending' | 'approved' | 'refused'
  @ApiProperty() requestedBy!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) requestedByName!: string | null
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) decidedByName!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class AttachmentDto {
  @ApiProperty() id!: string
  @ApiProperty() fileName!: string
  @ApiProperty() contentType!: string
  @ApiProperty() size!: number
  @ApiProperty() uploadedBy!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) uploadedByName!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class SnapshotDto {
  @ApiProperty() asOf!: string
  @ApiProperty({ type: EvaluationDto }) evaluation!: EvaluationDto
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the facts the evaluation read' }) facts!: Record<string, string | number | boolean>
}

export class RoutingSuggestionDto {
  @ApiProperty() lead!: string
  @ApiProperty({ type: [String] }) assisting!: string[]
}

export class AppealSummaryDto {
  @ApiProperty() id!: string
  @ApiProperty({ description: "the enterprise's 服务管家 is the caller (我负责的企业)" }) mine!: boolean
  @ApiProperty({ example: 'SQ-2026-000123' }) number!: string
  @ApiProperty() enterpriseUscc!: string
  @ApiProperty() enterpriseName!: string
  @ApiProperty() categoryCode!: string
  @ApiProperty({ enum: ['appeal', 'application'], description: 'appeal (诉求) or application (申请: 确认享受 of a pushed measure, issue 23 §3)' }) kind!: 'appeal' | 'application'
  @ApiProperty({ enum: ['granted', 'more_info', 'refused'], nullable: true, description: "an application's answer: 予以兑现 / 需补充材料 / 不符合" }) outcome!: 'granted' | 'more_info' | 'refused' | null
  @ApiProperty() title!: string
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null
  @ApiProperty({ enum: APPEAL_STATUSES, enumName: 'AppealStatus' }) status!: AppealStatus
  @ApiProperty({ type: String, enum: COMPLEXITIES, nullable: true }) complexity!: Complexity | null
  @ApiProperty({ type: String, nullable: true }) leadBureau!: string | null
  @ApiProperty({ type: [String] }) assistingBureaus!: string[]
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'the deadline that applies now (accept, answer or rating)' }) dueAt!: string | null
  @ApiProperty({ description: 'past the deadline that applies now' }) overdue!: boolean
  @ApiProperty({ description: '即将超期: the deadline is today or within the deadline policy’s dueSoonDays next working days' }) dueSoon!: boolean
  @ApiProperty() pendingExtension!: boolean
  @ApiProperty() reopenCount!: number
  @ApiProperty({ format: 'date-time' }) createdAt!: string
  @ApiProperty({ format: 'date-time' }) updatedAt!: string
}

export class AppealDto extends AppealSummaryDto {
  @ApiProperty() description!: string
  @ApiProperty({ type: SnapshotDto, nullable: true }) snapshot!: SnapshotDto | null
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dispatchedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptDueAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answerDueAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rateDueAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null
  @ApiProperty() returnCount!: number
  @ApiProperty({ type: Boolean, nullable: true }) resolved!: boolean | null
  @ApiProperty({ type: String, enum: RATINGS, nullable: true }) rating!: Rating | null
  @ApiProperty({ type: ExtensionRequestViewDto, nullable: true, description: 'the latest extension request' }) extension!: ExtensionRequestViewDto | null
  @ApiProperty({ type: [AttachmentDto] }) attachments!: AttachmentDto[]
  @ApiProperty({ type: () => RoutingSuggestionDto, nullable: true, description: 'where it should go: the measure’s bureaus, else the routing catalogue, with the district government when the category says so (for the dispatch dialog)' })
  suggestedRouting!: RoutingSuggestionDto | null
  @ApiProperty({ type: [String], description: 'assisting bureaus whose opinion is awaited (no opinion since the dispatch): the lead answers before them only with skipAssistingOpinion' })
  awaitingOpinionFrom!: string[]
  @ApiProperty({ type: String, nullable: true, description: "the enterprise's reason with its latest 不满意 / 未解决 rating that reopened the appeal (shown at the top while it is re-handled)" })
  reopenReason!: string | null
  @ApiProperty() version!: number
  @ApiProperty({ enum: APPEAL_ACTIONS, enumName: 'AppealAction', isArray: true, description: 'what the caller may do now (the API decides; apps only show)' })
  allowedActions!: AppealAction[]
}

export class AppealListDto {
  @ApiProperty({ type: [AppealSummaryDto] }) items!: AppealSummaryDto[]
  @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null
}

export class AppealCountsDto {
  @ApiProperty({ description: '待派单 (submitted)' }) submitted!: number
  @ApiProperty({ description: '待签收 (dispatched)' }) dispatched!: number
  @ApiProperty() inProgress!: number
  @ApiProperty() responded!: number
  @ApiProperty() closed!: number
  @ApiProperty() withdrawn!: number
  @ApiProperty({ description: '已超期' }) overdue!: number
  @ApiProperty({ description: '即将超期' }) dueSoon!: number
  @ApiProperty({ description: '待审批延期' }) pendingExtension!: number
  @ApiProperty({ description: "待签收 (主办): dispatched to the caller's bureau as lead" }) toAccept!: number
  @ApiProperty({ description: "待答复: the caller's bureau leads, accepted, not yet answered (in progress)" }) toAnswer!: number
  @ApiProperty({ description: "待提供协办意见: the caller's bureau assists and has given no opinion since the dispatch" }) awaitingOpinion!: number
  @ApiProperty({ description: '被退回重办: in progress again after a 不满意 / 未解决 rating' }) reopened!: number
  @ApiProperty({ description: "我负责的企业的诉求: open appeals (submitted, dispatched, in progress) of the enterprises whose steward is the caller" }) mine!: number
}

export class AppealEventDto {
  @ApiProperty() id!: string
  @ApiProperty({ format: 'date-time' }) at!: string
  @ApiProperty() actorUsername!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) actorName!: string | null
  @ApiProperty({ enum: ['owner', 'coordinator', 'lead', 'assisting', 'system'] }) party!: string
  @ApiProperty({ type: String, nullable: true }) actorBureau!: string | null
  @ApiProperty({ description: 'submit, attach, or an action' }) action!: string
  @ApiProperty({ type: String, enum: APPEAL_STATUSES, nullable: true }) fromStatus!: AppealStatus | null
  @ApiProperty({ enum: APPEAL_STATUSES }) toStatus!: AppealStatus
  @ApiProperty({ type: String, nullable: true, description: 'what was said; null when there is none or the caller may not read it (the dispatch note, a return or extension reason and the decision on it are for the bureaus and coordinators)' }) note!: string | null
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data!: Record<string, unknown> | null
}

