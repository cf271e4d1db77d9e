import { ApiProperty, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger'
import { IsInt, Max, Min } from 'class-validator'
import { POLICY_BOUNDS as B } from './deadline-policy.js'

export class DeadlinePolicyValuesDto {
  @ApiProperty({ minimum: B.acceptDays.min, maximum: B.acceptDays.max, description: 'working days to accept (签收) a dispatch' })
  @IsInt() @Min(B.acceptDays.min) @Max(B.acceptDays.max)
  acceptDays!: number

  @ApiProperty({ minimum: B.simpleDays.min, maximum: B.simpleDays.max, description: 'working days to answer a simple appeal' })
  @IsInt() @Min(B.simpleDays.min) @Max(B.simpleDays.max)
  simpleDays!: number

  @ApiProperty({ minimum: B.complexDays.min, maximum: B.complexDays.max, description: 'working days to answer a complex appeal' })
  @IsInt() @Min(B.complexDays.min) @Max(B.complexDays.max)
  complexDays!: number

  @ApiProperty({ minimum: B.rateDays.min, maximum: B.rateDays.max, description: 'working days after an answer before an unrated appeal closes itself' })
  @IsInt() @Min(B.rateDays.min) @Max(B.rateDays.max)
  rateDays!: number

  @ApiProperty({ minimum: B.reminderHours.min, maximum: B.reminderHours.max, description: 'hours before a handler’s deadline that the reminder (催办) goes out' })
  @IsInt() @Min(B.reminderHours.min) @Max(B.reminderHours.max)
  reminderHours!: number

  @ApiProperty({ minimum: B.dueSoonDays.min, maximum: B.dueSoonDays.max, description: '即将超期: a deadline due today or within this many next working days (0 = today only)' })
  @IsInt() @Min(B.dueSoonDays.min) @Max(B.dueSoonDays.max)
  dueSoonDays!: number

  @ApiProperty({ minimum: B.openDataDays.min, maximum: B.openDataDays.max, description: 'working days after a month ends before its 三率 are published as open data' })
  @IsInt() @Min(B.openDataDays.min) @Max(B.openDataDays.max)
  openDataDays!: number
}

/** dueSoonDays and openDataDays may be left out (clients older than them): each then stays as it is. */
const OPTIONAL_FIELDS = ['dueSoonDays', 'openDataDays'] as const
export class UpdateDeadlinePolicyDto extends IntersectionType(OmitType(DeadlinePolicyValuesDto, OPTIONAL_FIELDS), PartialType(PickType(DeadlinePolicyValuesDto, OPTIONAL_FIELDS))) {
  @ApiProperty({ description: 'the version read (409 CONFLICT when someone changed the policy since)' })
  @IsInt() @Min(0) @Max(1_000_000_000)
  version!: number
}

export class DeadlinePolicyDto extends DeadlinePolicyValuesDto {
  @ApiProperty({ type: DeadlinePolicyValuesDto, description: 'the default (from the environment: APPEAL_*_WORKING_DAYS, APPEAL_REMINDER_HOURS, OPEN_DATA_PUBLISH_WORKING_DAYS)' }) defaults!: DeadlinePolicyValuesDto
  @ApiProperty({ description: 'an administrator set the policy' }) overridden!: boolean
  @ApiProperty() version!: number
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) updatedByName!: string | null
  @ApiProperty({ description: 'what a change moves: only deadlines set from then on', example: 'new-deadlines-only' }) appliesTo!: 'new-deadlines-only'
}
