import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger'
import { IsIn, IsOptional, Matches } from 'class-validator'
import { CATALOGUES, type Catalogue } from './catalogue-change.entity.js'
import { PageField } from '../common/query-fields.js'

export class CatalogueChangeQueryDto {
  @ApiPropertyOptional({ enum: CATALOGUES })
  @IsOptional() @IsIn(CATALOGUES)
  catalogue?: Catalogue

  @ApiPropertyOptional({ description: 'one entry: a category code, a date, a template id, a year or `policy`' })
  @IsOptional() @Matches(/^[A-Za-z0-9-]{1,60}$/, { message: 'entryKey must be a code, a date or an id' })
  entryKey?: string

  @ApiPropertyOptional({ description: 'the nextBefore of the previous page' })
  @IsOptional() @Matches(/^[1-9][0-9]{0,17}$/, { message: 'before must be a change id' })
  before?: string

  @PageField(200, 50)
  limit?: number
}

export class CatalogueChangeDto {
  @ApiProperty() id!: string
  @ApiProperty({ format: 'date-time' }) at!: string
  @ApiProperty() actorUsername!: string
  @ApiProperty({ type: String, nullable: true, description: "the person's display name (token `name`, family name first); null when never known — show their part, never the login" }) actorName!: string | null
  @ApiProperty({ enum: CATALOGUES, enumName: 'Catalogue' }) catalogue!: Catalogue
  @ApiProperty() entryKey!: string
  @ApiProperty({ description: 'update, reset, create, delete, import or load' }) action!: string
  @ApiProperty({ nullable: true, description: 'the entry before the change (null: it did not exist)' }) before!: unknown
  @ApiProperty({ nullable: true, description: 'the entry after the change (null: removed)' }) after!: unknown
}

export class CatalogueChangeListDto {
  @ApiProperty({ type: [CatalogueChangeDto] }) items!: CatalogueChangeDto[]
  @ApiProperty({ type: String, nullable: true }) nextBefore!: string | null
}
