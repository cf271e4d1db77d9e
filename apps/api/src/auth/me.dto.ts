import { ApiProperty } from '@nestjs/swagger'
import { ROLES, type Role } from './principal.js'

export class MeDto {
  @ApiProperty() sub!: string
  @ApiProperty() username!: string
  @ApiProperty({ type: String, nullable: true }) name!: string | null
  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' }) roles!: Role[]
  @ApiProperty({ type: String, nullable: true }) enterpriseUscc!: string | null
  @ApiProperty({ type: String, nullable: true }) bureau!: string | null
  @ApiProperty({ type: String, nullable: true }) association!: string | null
}
