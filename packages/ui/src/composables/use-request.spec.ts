import { describe, expect, it } from 'vitest'
import { useKeysetList } from './use-keyset-list'
import { useLatest, useRequest } from './use-request'

/** A promise settled from outside, to answer requests out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('useLatest', () => {
  it('a new request makes older ones stale; current() joins the latest', () => {
    const latest = useLatest()
    const first = latest.begin()
    const follow = latest.current()
    expect(first()).toBe(true)
    expect(follow()).toBe(true)
    const second = latest.begin()
    expect([first(), follow(), second()]).toEqual([false, false, true])
  })
})

describe('useRequest', () => {
  it('keeps only the latest answer, however late an older one arrives', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    let n = 0
    const { data, loading, run } = useRequest(() => answers[n++]!.promise)
    const older = run()
    const newer = run()
    answers[1]!.resolve('new')
    expect(await newer).toBe(true)
    expect(loading.value).toBe(false)
    answers[0]!.resolve('old')
    expect(await older).toBe(false)
    expect(data.value).toBe('new')
  })

  it('keeps the last data while a new request fails, and drops a stale failure', async () => {
    const answers = [deferred<string>(), deferred<string>(), deferred<string>()]
    let n = 0
    const { data, error, run } = useRequest(() => answers[n++]!.promise)
    const first = run()
    answers[0]!.resolve('one')
    await first
    const stale = run()
    const second = run()
    answers[2]!.reject(new Error('down'))
    await second
    expect(data.value).toBe('one')
    expect((error.value as Error).message).toBe('down')
    answers[1]!.reject(new Error('stale'))
    await stale
    expect((error.value as Error).message).toBe('down')
  })
})

describe('useKeysetList', () => {
  const page = (ids: number[], next: string | null) => ({ items: ids, nextCursor: next })

  it('loads the first page, appends the next by cursor, and stops at the end', async () => {
    const asked: (string | undefined)[] = []
    const list = useKeysetList(async (cursor) => {
      asked.push(cursor)
      return cursor ? page([3], null) : page([1, 2], 'c2')
    })
    await list.load()
    await list.loadMore()
    await list.loadMore() // at the end: no call
    expect(asked).toEqual([undefined, 'c2'])
    expect(list.items.value).toEqual([1, 2, 3])
    expect(list.cursor.value).toBeNull()
  })

  it('drops a "more" page that arrives after new filters reloaded the list', async () => {
    const more = deferred<{ items: number[]; nextCursor: string | null }>()
    let calls = 0
    const list = useKeysetList((cursor) => {
      calls += 1
      if (cursor) return more.promise
      return Promise.resolve(calls === 1 ? page([1], 'c2') : page([9], null))
    })
    await list.load()
    const pending = list.loadMore()
    await list.load() // the filters changed
    more.resolve(page([2], 'c3'))
    await pending
    expect(list.items.value).toEqual([9])
    expect(list.cursor.value).toBeNull()
  })

  it('a failed "more" keeps the rows read so far', async () => {
    const list = useKeysetList(async (cursor) => {
      if (cursor) throw new Error('down')
      return page([1], 'c2')
    })
    await list.load()
    await list.loadMore()
    expect(list.items.value).toEqual([1])
    expect((list.moreFailure.value as Error).message).toBe('down')
    expect(list.failure.value).toBeNull()
  })
})
