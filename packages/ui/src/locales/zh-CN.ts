import type { ErrorCode, FieldCode } from '@servicepack/api-client'
import appeals from './appeals/zh-CN.json'
import components from './components/zh-CN.json'
import type { SameKeys } from './translation'

/**
 * The shared components' messages in Chinese (`ui.*`): one JSON file a part (`<part>/zh-CN.json`), English
 * beside it (`<part>/en.json`). `ui.errors.codes` holds the text of each API error code of the generated
 * client and `ui.errors.fields` each field code: every code, no other (checked below).
 */
export default { ui: { ...appeals, ...components } }

const everyErrorCode: SameKeys<typeof components.errors.codes, ErrorCode> = true
const everyFieldCode: SameKeys<typeof components.errors.fields, FieldCode> = true
void everyErrorCode
void everyFieldCode
