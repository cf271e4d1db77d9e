import { ApiError } from '@servicepack/api-client'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { useDialogSubmit } from './use-dialog-submit'

const apiError = (code: ApiError['code'], statusCode: number) => new ApiError({ statusCode, error: 'x', code, message: 'English for developers', correlationId: 'c' })

describe('useDialogSubmit', () => {
  it('closes and hands the result on when the call succeeds', async () => {
    const open = ref(true)
    const conflict = vi.fn()
    const { sending, problem, submit } = useDialogSubmit(open, conflict)
    const done = vi.fn()
    const running = submit(() => Promise.resolve(42), done, () => 'failed')
    expect(sending.value).toBe(true)
    await running
    expect([open.value, sending.value, problem.value, conflict.mock.calls.length]).toEqual([false, false, '', 0])
    expect(done).toHaveBeenCalledWith(42)
  })

  it('stays open and says why when the call fails', async () => {
    const open = ref(true)
    const { sending, problem, submit } = useDialogSubmit(open, vi.fn())
    const done = vi.fn()
    await submit(() => Promise.reject(apiError('FIELD_INVALID', 400)), done, (error) => `failed: ${(error as ApiError).code}`)
    expect([open.value, sending.value, problem.value, done.mock.calls.length]).toEqual([true, false, 'failed: FIELD_INVALID', 0])
  })

  it('closes and reports a conflict when someone else acted first', async () => {
    const open = ref(true)
    const conflict = vi.fn()
    const { submit } = useDialogSubmit(open, conflict)
    await submit(() => Promise.reject(apiError('INVALID_TRANSITION', 409)), vi.fn(), () => 'failed')
    expect(open.value).toBe(false)
    expect(conflict).toHaveBeenCalledOnce()
  })
})
