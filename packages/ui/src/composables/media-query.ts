import { onBeforeUnmount, ref, type Ref } from 'vue'

/** The width below which the apps lay out for a phone (the shell's breakpoint too). */
export const PHONE_MAX_WIDTH = 767

/** Whether a media query matches, kept up to date (false where matchMedia does not exist). */
export function useMediaQuery(query: string): Ref<boolean> {
  const list = typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia(query) : null
  const matches = ref(list?.matches ?? false)
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches)
  list?.addEventListener('change', update)
  onBeforeUnmount(() => list?.removeEventListener('change', update))
  return matches
}

/** True on a phone-sized screen (for what CSS cannot change, e.g. a component's column count). */
export function useIsPhone(): Ref<boolean> {
  return useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH}px)`)
}
