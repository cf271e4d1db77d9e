import en from './en'
import zhCN from './zh-CN'

/** The app's own messages, merged over the shared ones by `createAppI18n(messages)` of @servicepack/ui. */
export const messages = { 'zh-CN': zhCN, en }
