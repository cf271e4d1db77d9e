import { ApiError } from '@servicepack/api-client'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { testI18n } from '../testing/i18n'
import ChangeHistory, { type ChangeList, type ChangeQuery } from './ChangeHistory.vue'

const entry = (id: number, changes: ChangeList['items'][number]['changes'], actorName: string | null = '明远 王') => ({
  id: String(id),
  at: '2026-11-26T05:53:00.000Z',
  actorUsername: 'enterprise-a',
  actorName,
  changes,
})

function page(items: ChangeList['items'], init: Partial<ChangeList> = {}): ChangeList {
  return { items, total: items.length, page: 1, pageSize: 20, fields: ['contactPhone', 'facts.revenue', 'steward.name'], ...init }
}

async function mountHistory(load: (query: ChangeQuery) => Promise<ChangeList>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const wrapper = mount(ChangeHistory, { props: { load }, global: { plugins: [testI18n(locale)] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('ChangeHistory', () => {
  it('labels every field, says the empty value one way, shows Shanghai time and the actor by name', async () => {
    const load = vi.fn(async () =>
      page([
        entry(2, [
          { field: 'steward', from: '李敏', to: '李敏' },
          { field: 'steward.name', from: null, to: '李敏' },
          { field: 'facts.revenue', from: null, to: 60_000_000 },
          { field: 'facts.aboveDesignatedSize', from: false, to: true },
        ]),
        entry(1, [{ field: 'contactPhone', from: '021-1', to: null }], null),
      ]),
    )
    const wrapper = await mountHistory(load)
    expect(load).toHaveBeenCalledWith({ page: 1, pageSize: 20 })
    const entries = wrapper.findAll('[data-test="history-entry"]')
    expect(entries).toHaveLength(2)
    const first = entries[0]!.text()
    expect(first).toContain('2026-11-26 13:53')
    expect(first).toContain('王明远 修改')
    expect(first).toContain('服务管家姓名未填写→李敏')
    expect(first).toContain('营业收入未填写→6000万元')
    expect(first).toContain('规上企业否→是')
    // an unchanged value (李敏 → 李敏) is not history
    expect(wrapper.findAll('[data-test="history-change"]')).toHaveLength(4)
    expect(entries[1]!.text()).toContain('工作人员 修改')
    expect(entries[1]!.text()).not.toContain('enterprise-a')
    expect(entries[1]!.text()).toContain('联系电话021-1→未填写')
    expect(wrapper.text()).not.toMatch(/steward|facts\.|未知|（空）/)
    wrapper.unmount()
  })

  it('says the same in English, Yes and No capitalised', async () => {
    const wrapper = await mountHistory(async () => page([entry(1, [{ field: 'facts.aboveDesignatedSize', from: null, to: true }])]), 'en')
    expect(wrapper.text()).toContain('Above designated size')
    expect(wrapper.text()).toContain('Not provided→Yes')
    expect(wrapper.text()).toContain('Changed by 王明远')
    wrapper.unmount()
  })

  it('pages 20 at a time and filters by field (back to page 1), the options labelled in form order', async () => {
    const load = vi.fn(async (query: ChangeQuery) =>
      page(Array.from({ length: 20 }, (_, i) => entry(i, [{ field: query.field ?? 'contactPhone', from: i, to: i + 1 }])), { total: 45, page: query.page }),
    )
    const wrapper = await mountHistory(load)
    expect(wrapper.find('[data-test="history-total"]').text()).toBe('共 45 条')
    await wrapper.find('.el-pager li:nth-child(3)').trigger('click')
    await flushPromises()
    expect(load).toHaveBeenLastCalledWith({ page: 3, pageSize: 20 })

    await wrapper.find('[data-test="history-field"] .el-select__wrapper').trigger('click')
    await flushPromises()
    const options = [...document.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim())
    expect(options).toEqual(['联系电话', '营业收入', '服务管家姓名'])
    ;(document.querySelectorAll('.el-select-dropdown__item')[1] as HTMLElement).click()
    await flushPromises()
    expect(load).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, field: 'facts.revenue' })
    wrapper.unmount()
  })

  it('says when the page asked for is past the last one, and goes there', async () => {
    const load = vi.fn(async (query: ChangeQuery) => (query.page === 1 ? page([entry(1, [{ field: 'contactPhone', from: 'a', to: 'b' }])], { total: 21 }) : page([], { total: 21, page: query.page })))
    const wrapper = await mountHistory(load)
    await wrapper.find('.el-pager li:nth-child(2)').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="history-beyond"]').exists()).toBe(false)
    const vm = wrapper.vm as unknown as { $: { setupState: { page: number } } }
    vm.$.setupState.page = 7
    await flushPromises()
    expect(wrapper.find('[data-test="history-beyond"]').text()).toContain('第 7 页没有记录（共 2 页）')
    await wrapper.find('[data-test="history-beyond"] button').trigger('click')
    await flushPromises()
    expect(load).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 })
    wrapper.unmount()
  })

  it('says a failure by its code and retries', async () => {
    const load = vi.fn().mockRejectedValueOnce(new ApiError({ statusCode: 401, error: 'Unauthorized', code: 'AUTH_REQUIRED', message: 'A bearer access token is required', correlationId: 'c' }))
    load.mockResolvedValueOnce(page([]))
    const wrapper = await mountHistory(load)
    expect(wrapper.find('[data-test="history-failed"]').text()).toContain('登录已过期，请重新登录')
    expect(wrapper.text()).not.toContain('bearer')
    await wrapper.find('[data-test="history-failed"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="history-empty"]').text()).toContain('暂无修改记录')
    wrapper.unmount()
  })
})
