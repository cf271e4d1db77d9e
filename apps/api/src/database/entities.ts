import { EnterpriseChange } from '../enterprises/enterprise-change.entity.js'
import { EnterpriseMember } from '../enterprises/enterprise-member.entity.js'
import { Enterprise } from '../enterprises/enterprise.entity.js'

/** Every TypeORM entity of the API: the migrations must describe exactly these. */
export const entities = [Enterprise, EnterpriseMember, EnterpriseChange]
