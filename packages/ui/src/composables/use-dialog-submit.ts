import { ref, type Ref } from 'vue'
import { errorKind } from '../errors/error-text'

/**
 * What an action dialog does when it is confirmed: `sending` while the call runs; on success it
 * closes and hands the result on; on failure `problem` says why (`failed` chooses the words), and
 * when someone else acted first (INVALID_TRANSITION) it closes and calls `onConflict` (the page reads
 * the record again).
 */
export function useDialogSubmit(open: Ref<boolean>, onConflict: () => void) {
  const sending = ref(false)
  const problem = ref('')
  async function submit<T>(call: () => Promise<T>, done: (result: T) => void, failed: (error: unknown) => string): Promise<void> {
    sending.value = true
    problem.value = ''
    try {
      const result = await call()
      open.value = false
      done(result)
    } catch (error) {
      problem.value = failed(error)
      if (errorKind(error) === 'INVALID_TRANSITION') {
        open.value = false
        onConflict()
      }
    } finally {
      sending.value = false
    }
  }
  return { sending, problem, submit }
}
