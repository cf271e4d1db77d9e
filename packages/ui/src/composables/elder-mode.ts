import { ref, type Ref } from 'vue'

/**
 * 长辈模式 (elder mode): larger type and spacing, higher contrast. Kept per browser in localStorage and
 * shown as the `sp-elder` class on `<html>`; the theme (styles.css) turns that class into CSS
 * variables every page's styles read (`--sp-font-scale` scales each `font-size` in px, see
 * vite/font-scale.js).
 */
export const ELDER_MODE_KEY = 'servicepack.elder'
export const ELDER_MODE_CLASS = 'sp-elder'

const enabled = ref(readElderMode())

function readElderMode(): boolean {
  try {
    return globalThis.localStorage?.getItem(ELDER_MODE_KEY) === '1'
  } catch {
    return false
  }
}

/** Puts the root class in line with the choice (called once before the app mounts, then on each change). */
export function applyElderMode(on: boolean = enabled.value): void {
  enabled.value = on
  globalThis.document?.documentElement.classList.toggle(ELDER_MODE_CLASS, on)
}

/** The choice as a ref; writing it applies and remembers it. */
export function useElderMode(): { enabled: Readonly<Ref<boolean>>; set(on: boolean): void; toggle(): void } {
  const set = (on: boolean) => {
    applyElderMode(on)
    try {
      globalThis.localStorage?.setItem(ELDER_MODE_KEY, on ? '1' : '0')
    } catch {
      // not remembered: it still applies to this page
    }
  }
  return { enabled, set, toggle: () => set(!enabled.value) }
}
