import appeals from './appeals/en.json'
import components from './components/en.json'
import type { Translation } from './translation'
import type zhCN from './zh-CN'

/** The shared components' messages in English: the same keys as the Chinese (missing ones fail here, both ways in locales.spec.ts). */
const en: Translation<typeof zhCN> = { ui: { ...appeals, ...components } }
export default en
