import { ApiProperty } from '@nestjs/swagger'

/** A coordinator who has signed in: someone who may be chosen as an enterprise's 服务管家. */
export class CoordinatorDto {
  @ApiProperty({ description: 'the account (send it as `stewardSub`)' }) sub!: string
  @ApiProperty() username!: string
  @ApiProperty({ type: String, nullable: true, description: 'as the SSO last described the account' }) name!: string | null
  @ApiProperty({ type: String, nullable: true }) email!: string | null
  @ApiProperty({ format: 'date-time', description: 'when the account was last seen by the API' }) lastSeenAt!: string
  @ApiProperty({ type: String, nullable: true, description: "the phone of this coordinator's latest steward assignment (to prefill the next one)" }) lastPhone!: string | null
  @ApiProperty({ description: 'enterprises this coordinator is the steward of' }) enterpriseCount!: number
}
