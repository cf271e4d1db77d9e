import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { appContext, enterpriseA, fakeApi, reply, userWith } from '../../testing/setup'
import NoticeListView from './NoticeListView.vue'

const noticeOf = (i: number, over: Record<string, unknown> = {}) => ({
  id: `5eed0001-0000-4000-8000-${String(i).padStart(12, '0')}`, association: 'sh-ic-association', associationName: '上海市集成电路行业协会', title: `培训 ${i}`, kind: 'training', status: 'published',
  startsAt: '2026-12-17T01:00:00.000Z', endsAt: '2026-12-17T03:30:00.000Z', registrationDeadline: '2026-12-16T10:00:00.000Z', venue: '张江科学会堂', onlineUrl: null,
  capacity: 20, attendeeLimit: 3, seatsTaken: 2, measureIds: [], publishedAt: '2026-12-01T02:00:00.000Z', myRegistration: null, ...over,
})

async function open(path = '/notices') {
  const queries: URLSearchParams[] = []
  const api = fakeApi({
    'GET /api/enterprises/me': () => reply(200, enterpriseA()),
    'GET /api/notices': (_body, request) => {
      const q = new URL(request.url).searchParams
      queries.push(q)
      const page = Number(q.get('page') ?? 1)
      const total = q.get('status') === 'cancelled' ? 1 : 61
      const size = Number(q.get('pageSize'))
      const count = Math.max(0, Math.min(size, total - (page - 1) * size))
      const items = Array.from({ length: count }, (_, i) => noticeOf((page - 1) * size + i, q.get('status') === 'cancelled' ? { status: 'cancelled' } : {}))
      return reply(200, { items, total, page, pageSize: size })
    },
  })
  const context = await appContext({ fetch: api.fetch, session: userWith('enterprise') })
  await context.router.push(path)
  const wrapper = mount(NoticeListView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, queries, router: context.router }
}
afterEach(() => {
  document.body.innerHTML = ''
})

describe('辅导培训 list', () => {
  it('asks for published, upcoming notices a page at a time and says the total; the last page is reachable', async () => {
    const { wrapper, queries, router } = await open()
    expect(Object.fromEntries(queries[0]!)).toEqual({ status: 'published', upcoming: 'true', page: '1', pageSize: '12' })
    expect(wrapper.findAll('[data-test="notice-list"] > *')).toHaveLength(12)
    expect(wrapper.find('[data-test="notices-total"]').text()).toBe('共 61 场')
    const pages = wrapper.findAll('[data-test="notices-pager"] .number').map((p) => p.text())
    expect(pages.at(-1)).toBe('6')
    await wrapper.findAll('[data-test="notices-pager"] .number').at(-1)!.trigger('click')
    await flushPromises()
    expect(queries.at(-1)!.get('page')).toBe('6')
    expect(wrapper.findAll('[data-test="notice-list"] > *')).toHaveLength(1)
    expect(router.currentRoute.value.query).toEqual({ page: '6' })
  })

  it('keeps cancelled notices apart from 即将举行, in their own tab', async () => {
    const { wrapper, queries } = await open()
    expect(wrapper.find('[data-test="notice-tabs"]').text()).toContain('已取消')
    await wrapper.find('[data-test="tab-cancelled"] input').setValue(true)
    await flushPromises()
    expect(Object.fromEntries(queries.at(-1)!)).toEqual({ status: 'cancelled', page: '1', pageSize: '12' })
    expect(wrapper.find('[data-test="notices-total"]').text()).toBe('共 1 场')
    expect(wrapper.find('[data-test="notices-pager"]').exists()).toBe(false)
  })

  it("narrows every tab to one measure's training from the package page's \"全部 N 场\", until the filter is closed", async () => {
    const { wrapper, queries, router } = await open('/notices?measure=basic-research')
    expect(Object.fromEntries(queries[0]!)).toEqual({ status: 'published', upcoming: 'true', page: '1', pageSize: '12', measureId: 'basic-research' })
    expect(wrapper.find('[data-test="notices-measure"]').text()).toBe('政策：基础研究投入财政补助')
    await wrapper.find('[data-test="tab-past"] input').setValue(true)
    await flushPromises()
    expect(queries.at(-1)!.get('measureId')).toBe('basic-research')
    expect(router.currentRoute.value.query).toEqual({ tab: 'past', measure: 'basic-research' })
    await wrapper.find('[data-test="notices-measure"] .el-tag__close').trigger('click')
    await flushPromises()
    expect(queries.at(-1)!.has('measureId')).toBe(false)
    expect(wrapper.find('[data-test="notices-measure"]').exists()).toBe(false)
    expect(router.currentRoute.value.query).toEqual({ tab: 'past' })
  })
})
