import { defineAsyncComponent } from 'vue'
export { default as AppShell } from './components/AppShell.vue'
export { default as BrandMark } from './components/BrandMark.vue'
export { default as NavMenu } from './components/NavMenu.vue'
export type { NavMenuItem } from './components/NavMenu.vue'
export { LanguageSwitch, UserMenu } from './components/header-menus'
export { default as ElderModeSwitch } from './components/ElderModeSwitch.vue'
export { ELDER_MODE_CLASS, ELDER_MODE_KEY, applyElderMode, useElderMode } from './composables/elder-mode'
export { default as StatusTag } from './components/StatusTag.vue'
export type { StatusTone } from './components/StatusTag.vue'
export { default as AmountRange } from './components/AmountRange.vue'
export { default as MeasureCard } from './components/MeasureCard.vue'
export type { MeasureChange } from './components/MeasureCard.vue'
export { default as MeasureTrace } from './components/MeasureTrace.vue'
export {
  amountKind,
  associationName,
  givesEnterpriseMoney,
  isAskedFact,
  STATUS_TONES,
  STATUSES,
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
export { describeAmount, describeCondition, factsOfMeasure, isForEveryone } from './policy/plain-words'
export { measureLinkKey, portalMeasureUrl, provideMeasureLink, useMeasureLink, type MeasureLink } from './policy/measure-link'
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
export { formatDate, formatDateTime, formatDueDay } from './format/datetime'
export { formatValue, isEmptyValue, personName, useVocabulary } from './format/vocabulary'
export { default as ChangeHistory } from './components/ChangeHistory.vue'
export { default as LoadFailure } from './components/LoadFailure.vue'
export { default as PageResult } from './components/PageResult.vue'
export { default as FactList } from './components/FactList.vue'
export { default as LoadMore } from './components/LoadMore.vue'
export { default as ListPager } from './components/ListPager.vue'
export { default as DialogFooter } from './components/DialogFooter.vue'
export { default as DialogProblem } from './components/DialogProblem.vue'
export type { ChangeList, ChangeQuery } from './components/ChangeHistory.vue'
export { default as AppLayout } from './components/AppLayout.vue'
export { default as SessionNotice } from './components/SessionNotice.vue'
export { default as AccountView } from './views/AccountView.vue'
export { default as ErrorView } from './views/ErrorView.vue'
export { default as UpcomingView } from './views/UpcomingView.vue'
export { applyLocale, createAppI18n, createLazyAppI18n, mergeMessages, type MessagesLoader } from './locales/app-i18n'
export { useLocaleModel } from './locales/locale-model'
export { API_BASE_URL, apiKey, createAppApi, useApi } from './api'
export { activeNav, navFor, navItemsOf, type AppNavItem } from './router/nav'
export { createAccessGuard, createAppRouter, type AccessGuardOptions, type AppRouterOptions } from './router/guard'
export { commonRoutes } from './router/common-routes'
export { chunkLoadFailure, isChunkLoadError, reloadOnChunkError, type ChunkReloadOptions } from './router/chunk-reload'
export { bootstrapApp, type BootstrapOptions } from './app/bootstrap'
export { useElementLocale } from './locales/element-locale'
export { useDocumentTitle, usePageTitle } from './composables/document-title'
export { PHONE_MAX_WIDTH, useIsPhone, useMediaQuery } from './composables/media-query'
export { useLatest, useRequest, type Latest, type Request } from './composables/use-request'
export { useDialogSubmit } from './composables/use-dialog-submit'
export { useKeysetList, type KeysetList, type KeysetPage } from './composables/use-keyset-list'
export type { Translation } from './locales/translation'
export {
  errorKind,
  errorText,
  fieldErrorText,
  needsSignIn,
  useErrorText,
  type ErrorKind,
  type Translate,
} from './errors/error-text'
export { fieldLabel, fieldOrder, useFieldLabel } from './locales/field-label'
// Appeals (诉求): the pieces both apps show, their texts and the calls both apps make.
export { default as AppealStatusTag } from './components/appeals/AppealStatusTag.vue'
export { default as DeadlineBadge } from './components/appeals/DeadlineBadge.vue'
export { default as AppealTimeline } from './components/appeals/AppealTimeline.vue'
export { default as AppealSnapshot } from './components/appeals/AppealSnapshot.vue'
export { default as AppealAttachments } from './components/appeals/AppealAttachments.vue'
export { default as AttachmentPicker } from './components/appeals/AttachmentPicker.vue'
export { default as FileRow } from './components/appeals/FileRow.vue'
export { default as AppealMessageForm } from './components/appeals/AppealMessageForm.vue'
export { default as AppealPage } from './components/appeals/AppealPage.vue'
export { default as AppealHeadline } from './components/appeals/AppealHeadline.vue'
export { default as AppealCoreFacts } from './components/appeals/AppealCoreFacts.vue'
export { default as AppealFilesAndSnapshot } from './components/appeals/AppealFilesAndSnapshot.vue'
/**
 * The bell is shown to signed-in users only and carries the texts of every notification (the measures
 * catalogue with them): it loads when first shown, not with the first page (the initial-JS budget).
 */
export const NotificationBell = defineAsyncComponent(() => import('./components/appeals/NotificationBell.vue'))
export * from './appeals/types'
export * from './appeals/appeal-api'
export * from './appeals/attachment-rules'
export * from './appeals/texts'
export { createXhrUploader, uploaderKey, useUploader, type Uploader, type UploadRequest } from './appeals/upload'
export { NOTIFICATION_POLL_MS, useNotifications } from './appeals/use-notifications'
export { shanghaiDateTime } from './locales/shanghai-time'
export { saveBlob } from './utils/save-blob'
export { useAppeal } from './appeals/use-appeal'
