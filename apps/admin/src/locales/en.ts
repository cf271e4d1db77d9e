import type { Translation } from '@servicepack/ui'
import answers from './answers/en.json'
import appeals from './appeals/en.json'
import metrics from './metrics/en.json'
import catalogue from './catalogue/en.json'
import notices from './notices/en.json'
import openData from './open-data/en.json'
import shell from './shell/en.json'
import enterprises from './enterprises/en.json'
import measurePush from './measure-push/en.json'
import type zhCN from './zh-CN'

/** The admin app's messages in English: the same keys as the Chinese (checked here for missing ones, by locales.spec.ts both ways). */
const en: Translation<typeof zhCN> = { ...answers, ...appeals, ...metrics, ...catalogue, ...notices, ...openData, ...shell, ...enterprises, ...measurePush }
export default en
