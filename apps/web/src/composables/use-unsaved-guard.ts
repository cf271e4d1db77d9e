import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'

/**
 * Unsaved edits are never lost silently: leaving the route asks first (`confirmLeave` resolves to
 * true to leave), and closing or reloading the tab triggers the browser's own prompt.
 */
export function useUnsavedGuard(dirty: Ref<boolean>, confirmLeave: () => Promise<boolean>) {
  onBeforeRouteLeave(async () => (dirty.value ? await confirmLeave() : true))

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty.value) return
    event.preventDefault()
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
}
