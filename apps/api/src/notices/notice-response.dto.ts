/** What the notices' routes answer (the requests are in notice-request.dto.ts). */
import { ApiProperty } from '@nestjs/swagger'
import { NOTICE_ACTIONS, NOTICE_KINDS, NOTICE_STATUSES, REGISTRATION_STATUSES, type NoticeAction, type NoticeKind, type NoticeStatus, type RegistrationStatus } from './notice-state.js'


export class AudienceViewDto {
  @ApiProperty({ type: [String] }) industries!: string[]
  @ApiProperty({ type: [String] }) districts!: string[]
  @ApiProperty({ type: Boolean, nullable: true }) keyEnterprise!: boolean | null
  @ApiProperty({ type: Number, nullable: true }) outputValueMin!: number | null
  @ApiProperty({ type: Number, nullable: true }) outputValueMax!: number | null
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null
}

export class MyRegistrationDto {
  @ApiProperty() id!: string
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status!: RegistrationStatus
  @ApiProperty() contactName!: string
  @ApiProperty() contactPhone!: string
  @ApiProperty() attendees!: number
  @ApiProperty({ type: Number, nullable: true, description: 'place in the waitlist (1 = next), while waitlisted' }) waitlistPosition!: number | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class NoticeSummaryDto {
  @ApiProperty() id!: string
  @ApiProperty() association!: string
  @ApiProperty({ description: 'the association’s name (catalogue)' }) associationName!: string
  @ApiProperty() title!: string
  @ApiProperty({ enum: NOTICE_KINDS, enumName: 'NoticeKind' }) kind!: NoticeKind
  @ApiProperty({ enum: NOTICE_STATUSES, enumName: 'NoticeStatus' }) status!: NoticeStatus
  @ApiProperty({ format: 'date-time' }) startsAt!: string
  @ApiProperty({ format: 'date-time' }) endsAt!: string
  @ApiProperty({ format: 'date-time' }) registrationDeadline!: string
  @ApiProperty({ type: String, nullable: true }) venue!: string | null
  @ApiProperty({ type: String, nullable: true }) onlineUrl!: string | null
  @ApiProperty() capacity!: number
  @ApiProperty() attendeeLimit!: number
  @ApiProperty({ description: 'attendees registered (not waitlisted)' }) seatsTaken!: number
  @ApiProperty({ type: [String] }) measureIds!: string[]
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null
  @ApiProperty({ type: MyRegistrationDto, nullable: true, description: 'the caller’s enterprise’s live registration (enterprise users)' }) myRegistration!: MyRegistrationDto | null
}

export class NoticeDto extends NoticeSummaryDto {
  @ApiProperty({ description: 'Markdown as written (the owner edits it)' }) body!: string
  @ApiProperty({ description: 'the body rendered by the API: no raw HTML, no script, links http(s)/mailto with rel="noopener noreferrer"' }) bodyHtml!: string
  @ApiProperty({ type: AudienceViewDto }) audience!: AudienceViewDto
  @ApiProperty({ description: 'registrations waiting for a seat' }) waitlisted!: number
  @ApiProperty({ description: 'enterprises the audience matched when published (0 for a draft)' }) targetedCount!: number
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null
  @ApiProperty() version!: number
  @ApiProperty({ enum: NOTICE_ACTIONS, enumName: 'NoticeAction', isArray: true, description: 'what the caller may do now (the API decides; apps only show)' })
  allowedActions!: NoticeAction[]
}

export class NoticeListDto {
  @ApiProperty({ type: [NoticeSummaryDto] }) items!: NoticeSummaryDto[]
  @ApiProperty() total!: number
  @ApiProperty() page!: number
  @ApiProperty() pageSize!: number
}

export class NoticeCountsDto {
  @ApiProperty() draft!: number
  @ApiProperty() published!: number
  @ApiProperty({ description: 'published and not yet ended' }) upcoming!: number
  @ApiProperty() cancelled!: number
  @ApiProperty({ description: 'registered (not waitlisted) enterprises across these notices' }) registrations!: number
  @ApiProperty() waitlisted!: number
}

export class AudienceSampleDto {
  @ApiProperty() uscc!: string
  @ApiProperty() name!: string
  @ApiProperty({ type: String, nullable: true }) industry!: string | null
  @ApiProperty({ type: String, nullable: true }) district!: string | null
  @ApiProperty() isKey!: boolean
}

export class IndustryCountDto {
  @ApiProperty({ type: String, nullable: true, description: 'industry code; null for enterprises that have not given one' }) industry!: string | null
  @ApiProperty() count!: number
}

export class OutsideIndustriesDto {
  @ApiProperty({ description: 'the association whose industries are compared (the notice’s, or the caller’s)' }) association!: string
  @ApiProperty({ type: [String], description: 'the industries it speaks for (catalogue)' }) ownIndustries!: string[]
  @ApiProperty({ description: 'enterprises of the audience outside those industries' }) count!: number
  @ApiProperty({ type: [IndustryCountDto], description: 'by industry, most first' }) byIndustry!: IndustryCountDto[]
}

export class AudiencePreviewDto {
  @ApiProperty({ description: 'enterprises the audience reaches' }) count!: number
  @ApiProperty({ type: OutsideIndustriesDto, nullable: true, description: 'how many of them lie outside the association’s own industries, by industry (null without an association: a coordinator’s or admin’s draft preview)' })
  outside!: OutsideIndustriesDto | null
  @ApiProperty({ type: [AudienceSampleDto], description: 'up to 10 of them (key enterprises first)' }) sample!: AudienceSampleDto[]
  @ApiProperty({ description: 'the date the measure criterion was evaluated on' }) asOf!: string
  @ApiProperty({ description: 'milliseconds the API spent' }) tookMs!: number
}

export class RenderedMarkdownDto {
  @ApiProperty() html!: string
}

export class RegistrationResultDto {
  @ApiProperty({ enum: ['registered', 'waitlisted'] }) status!: 'registered' | 'waitlisted'
  @ApiProperty({ type: MyRegistrationDto }) registration!: MyRegistrationDto
  @ApiProperty({ type: NoticeDto }) notice!: NoticeDto
}

export class RegistrationDto {
  @ApiProperty() id!: string
  @ApiProperty() enterpriseUscc!: string
  @ApiProperty() enterpriseName!: string
  @ApiProperty() contactName!: string
  @ApiProperty() contactPhone!: string
  @ApiProperty() attendees!: number
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status!: RegistrationStatus
  @ApiProperty({ type: Number, nullable: true }) waitlistPosition!: number | null
  @ApiProperty({ type: Boolean, nullable: true }) attended!: boolean | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) promotedAt!: string | null
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null
  @ApiProperty({ format: 'date-time' }) createdAt!: string
}

export class RegistrationListDto {
  @ApiProperty({ type: [RegistrationDto], description: 'registered first, then the waitlist in order, then withdrawn' }) items!: RegistrationDto[]
  @ApiProperty() registered!: number
  @ApiProperty() waitlisted!: number
  @ApiProperty() seatsTaken!: number
  @ApiProperty() capacity!: number
}

export class FunnelDto {
  @ApiProperty({ description: 'enterprises the audience matches' }) targeted!: number
  @ApiProperty({ description: 'of them, told in-app (and by e-mail when configured)' }) reached!: number
  @ApiProperty({ description: 'of them, opened the notice' }) opened!: number
  @ApiProperty({ description: 'registered (a seat, not the waitlist)' }) registered!: number
  @ApiProperty({ description: 'attended (marked by the association)' }) attended!: number
}

export class MeasureCoverageDto {
  @ApiProperty() measureId!: string
  @ApiProperty({ description: 'published notices linked to the measure' }) notices!: number
  @ApiProperty({ type: FunnelDto, description: 'targeted: enterprises the measure concerns today (eligible or unknown); the rest: of those, reached/opened/registered/attended through any of its notices' })
  funnel!: FunnelDto
}

export class NoticeCoverageDto {
  @ApiProperty() noticeId!: string
  @ApiProperty({ type: FunnelDto }) funnel!: FunnelDto
  @ApiProperty({ type: [MeasureCoverageDto], description: 'its linked measures across all notices (coordinators and admins; empty for others)' }) measures!: MeasureCoverageDto[]
}

export class MeasureCoverageListDto {
  @ApiProperty({ type: [MeasureCoverageDto] }) items!: MeasureCoverageDto[]
  @ApiProperty() asOf!: string
}
