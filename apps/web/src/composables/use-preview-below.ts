import { useMediaQuery } from '@servicepack/ui'
import type { Ref } from 'vue'

/** Below this width FormWithPreview puts the live preview under the form (keep in step with its CSS). */
export const PREVIEW_BELOW_MAX_WIDTH = 1100

/**
 * Whether the live preview is under the form (a phone or a narrow window) rather than beside it:
 * hints that say where the result is ("右侧" / "下方") follow the layout.
 */
export function usePreviewBelow(): Ref<boolean> {
  return useMediaQuery(`(max-width: ${PREVIEW_BELOW_MAX_WIDTH}px)`)
}
