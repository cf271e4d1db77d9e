export { default as AppShell } from './components/AppShell.vue'
export { default as BrandMark } from './components/BrandMark.vue'
export { default as NavMenu } from './components/NavMenu.vue'
export type { NavMenuItem } from './components/NavMenu.vue'
export { default as LanguageSwitch } from './components/LanguageSwitch.vue'
export { default as UserMenu } from './components/UserMenu.vue'
export { default as StatusTag } from './components/StatusTag.vue'
export type { StatusTone } from './components/StatusTag.vue'
export { default as AmountRange } from './components/AmountRange.vue'
export { default as MeasureCard } from './components/MeasureCard.vue'
export type { MeasureChange } from './components/MeasureCard.vue'
export { default as MeasureTrace } from './components/MeasureTrace.vue'
export {
  amountKind,
  bureauName,
  citation,
  codeName,
  factLabel,
  factOf,
  factQuestion,
  formatFactValue,
  formatTraceTest,
  langOf,
  measureOf,
  type Lang,
  type MeasureEvaluation,
} from './policy/texts'
export { default as HealthPanel } from './components/HealthPanel.vue'
export { checkHealth, useHealth } from './health'
export type { HealthCheck, HealthState } from './health'
// Amount formatting has one home, the rules package; re-exported for the apps' convenience.
export { formatYuan, formatYuanRange } from '@servicepack/policy-rules'
export {
  LOCALE_NAMES,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  loadLocale,
  saveLocale,
  uiMessages,
  type SupportedLocale,
} from './locales'
export { datetimeFormats } from './locales/datetime'
