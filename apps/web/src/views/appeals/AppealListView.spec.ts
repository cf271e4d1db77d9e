import { appealSummaryFixture } from '@servicepack/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appContext, fakeApi, reply, userWith } from '../../testing/setup'
import AppealListView from './AppealListView.vue'

const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => appealSummaryFixture({ id: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`, number: `SQ-2026-${String(900 - from - i).padStart(6, '0')}`, title: `诉求 ${from + i}` }))

async function openList(url: string, handler: Parameters<typeof fakeApi>[0][string]) {
  const api = fakeApi({ 'GET /api/appeals': handler })
  const queries: URLSearchParams[] = []
  const fetch = (request: Request) => {
    if (new URL(request.url).pathname === '/api/appeals') queries.push(new URL(request.url).searchParams)
    return api.fetch(request)
  }
  const context = await appContext({ fetch, session: userWith('enterprise') })
  await context.router.push(url)
  const wrapper = mount(AppealListView, { global: context.global })
  await flushPromises()
  return { wrapper, queries, router: context.router }
}

afterEach(() => vi.useRealTimers())

describe('我的诉求', () => {
  it('lists the appeals with number, status, category and submit time, 20 at a time, and loads more by cursor', async () => {
    const { wrapper, queries } = await openList('/appeals', (_b, r) =>
      new URL(r.url).searchParams.get('cursor') === 'next-1' ? reply(200, { items: rows(3, 20), nextCursor: null }) : reply(200, { items: rows(20), nextCursor: 'next-1' }),
    )
    const items = wrapper.findAll('[data-test="appeal-item"]')
    expect(items).toHaveLength(20)
    expect(items[0]!.text()).toContain('SQ-2026-000900')
    expect(items[0]!.text()).toContain('待派单')
    expect(items[0]!.text()).toContain('研发')
    expect(items[0]!.text()).toContain('提交于 2026-09-29 10:00')
    expect(Object.fromEntries(queries[0]!)).toEqual({ limit: '20' })
    await wrapper.find('[data-test="load-more"]').trigger('click')
    await flushPromises()
    expect(queries[1]!.get('cursor')).toBe('next-1')
    expect(wrapper.findAll('[data-test="appeal-item"]')).toHaveLength(23)
    expect(wrapper.find('[data-test="load-more"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="no-more"]').text()).toBe('已显示全部诉求')
  })

  it('reads the status filter and the search from the URL, and writes them there', async () => {
    const { wrapper, queries, router } = await openList('/appeals?status=open&q=SQ-2026', () => reply(200, { items: rows(1), nextCursor: null }))
    expect(queries[0]!.getAll('status')).toEqual(['submitted', 'dispatched', 'in_progress'])
    expect(queries[0]!.get('q')).toBe('SQ-2026')
    await wrapper.find('[data-test="filter-responded"] input').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'responded', q: 'SQ-2026' })
    expect(queries.at(-1)!.getAll('status')).toEqual(['responded'])
  })

  it('says when there is none yet, and where to ask from', async () => {
    const { wrapper } = await openList('/appeals', () => reply(200, { items: [], nextCursor: null }))
    expect(wrapper.find('[data-test="appeals-empty"]').text()).toContain('您还没有提交过诉求')
    expect(wrapper.find('[data-test="appeals-empty"]').text()).toContain('咨询/申请')
  })
})
