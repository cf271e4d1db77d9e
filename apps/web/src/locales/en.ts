import type { Translation } from '@servicepack/ui'
import appeals from './appeals/en.json'
import notices from './notices/en.json'
import openData from './open-data/en.json'
import answers from './answers/en.json'
import shell from './shell/en.json'
import profile from './profile/en.json'
import packagePage from './package/en.json'
import measures from './measures/en.json'
import type zhCN from './zh-CN'

/** The enterprise portal's messages in English: the same keys as the Chinese (checked here for missing ones, by locales.spec.ts both ways). */
const en: Translation<typeof zhCN> = { ...appeals, ...notices, ...openData, ...answers, ...shell, ...profile, ...packagePage, ...measures }
export default en
