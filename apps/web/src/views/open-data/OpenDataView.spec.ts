import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { appContext, fakeApi, reply } from '../../testing/setup'
import OpenDataView from './OpenDataView.vue'

const rate = (numerator: number | null, denominator: number) => ({ numerator, denominator, rate: numerator === null ? null : numerator / denominator, suppressed: numerator === null })
const row = (bureau: string, bureauName: string, rank: number | null, rankChange: number | null, satisfied: [number | null, number]) => ({
  bureau, bureauName, rank, previousRank: rank === null || rankChange === null ? null : rank + rankChange, rankChange, dispatched: 10,
  responseRate: rate(9, 10), resolutionRate: rate(satisfied[0], satisfied[1]), satisfactionRate: rate(satisfied[0], satisfied[1]), onTimeAnswerRate: rate(8, 10),
})
const month = (m: string, rows: ReturnType<typeof row>[], extra: object = {}) => ({
  month: m, version: 1, publishedAt: '2026-12-03T01:00:00.000Z', correctedAt: null, note: null, methodVersion: '2026.1', minDenominator: 5, previousMonth: null,
  city: { dispatched: 20, responseRate: rate(18, 20), resolutionRate: rate(7, 9), satisfactionRate: rate(8, 9), onTimeAnswerRate: rate(16, 20) }, rows, ...extra,
})
const ref = (m: string) => ({ month: m, version: 1, publishedAt: '2026-12-03T01:00:00.000Z', note: null, methodVersion: '2026.1', csv: `/api/open-data/appeal-rates/${m}.csv`, json: `/api/open-data/appeal-rates/${m}.json` })

function api() {
  return fakeApi({
    'GET /api/open-data/appeal-rates': () => reply(200, { methodVersion: '2026.1', minDenominator: 5, publishWorkingDays: 3, months: [ref('2026-11'), ref('2026-10')] }),
    'GET /api/open-data/appeal-rates/2026-11.json': () => reply(200, month('2026-11', [row('sheitc', '市经济信息化委', 1, 1, [5, 6]), row('stcsm', '市科委', 2, -1, [null, 3])], { version: 2, publishedAt: '2026-12-09T03:00:00.000Z', correctedAt: '2026-12-09T03:00:00.000Z', note: '补录一件' })),
    'GET /api/open-data/appeal-rates/2026-10.json': () => reply(200, month('2026-10', [row('stcsm', '市科委', 1, null, [6, 6]), row('sheitc', '市经济信息化委', 2, null, [4, 8])])),
  })
}

describe('办理情况公开 (public)', () => {
  it('shows the newest month ranked with the change, numerators and denominators, "—" where withheld, downloads and the method', async () => {
    const fake = api()
    const { global } = await appContext({ fetch: fake.fetch })
    const wrapper = mount(OpenDataView, { global: { ...global, stubs: { OpenDataTrendChart: true } } })
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('办理情况公开')
    expect(wrapper.text()).toContain('每月结束后第 3 个工作日')
    const ranking = wrapper.find('[data-test="open-data-ranking"]')
    const rows = ranking.findAll('tbody tr')
    expect(rows.map((r) => r.find('[data-bureau]').text())).toEqual(['市经济信息化委', '市科委'])
    expect(rows[0]!.find('[data-test="rank-change"]').text()).toBe('↑ 上升 1 位')
    expect(rows[1]!.find('[data-test="rank-change"]').text()).toBe('↓ 下降 1 位')
    expect(rows[0]!.find('[data-test="cell-satisfactionRate"]').text()).toBe('83.3% 5/6')
    expect(rows[1]!.find('[data-test="cell-satisfactionRate"]').text()).toBe('—')
    expect(rows[1]!.find('[data-test="cell-satisfactionRate"]').attributes('title')).toBe('分母不足 5，不予公开')
    expect(wrapper.find('[data-test="open-data-city"]').text()).toContain('88.9%')
    expect(wrapper.find('[data-test="download-csv"]').attributes('href')).toBe('/api/open-data/appeal-rates/2026-11.csv')
    expect(wrapper.find('[data-test="open-data-note"]').text()).toContain('2026-12-09 更正：补录一件')
    expect(wrapper.find('[data-test="open-data-meta"]').text()).toContain('第 2 版')
    expect(wrapper.find('[data-test="open-data-meta"]').text()).toContain('2026-12-09') // the portal's one clock, Shanghai
    expect(wrapper.find('[data-test="method-version"]').text()).toContain('2026.1')
    expect(wrapper.find('[data-test="open-data-definitions"]').text()).toContain('分母小于 5 的比率及其分子不予公开')
    // the history of the bureau shown in the trend, oldest first
    const history = wrapper.findAll('[data-test="open-data-history"] tbody tr').map((r) => r.findAll('td').map((c) => c.text()))
    expect(history).toEqual([['2026-10', '90.0%', '50.0%', '50.0%', '80.0%'], ['2026-11', '90.0%', '83.3%', '83.3%', '80.0%']])
    // no sign-in needed: only the open-data routes were called
    expect(new Set(fake.calls.map((c) => c.path))).toEqual(new Set(['/api/open-data/appeal-rates', '/api/open-data/appeal-rates/2026-11.json', '/api/open-data/appeal-rates/2026-10.json']))
  })

  it('in English too', async () => {
    const { global } = await appContext({ fetch: api().fetch, locale: 'en' })
    const wrapper = mount(OpenDataView, { global: { ...global, stubs: { OpenDataTrendChart: true } } })
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Appeal handling, published')
    expect(wrapper.find('[data-test="open-data-ranking"]').text()).toContain('Satisfaction rate')
    expect(wrapper.find('[data-test="rank-change"]').text()).toBe('↑ up 1')
    expect(wrapper.find('[data-bureau="sheitc"]').text()).toBe('Municipal Commission of Economy and Informatization')
  })

  it('says so when nothing is published yet', async () => {
    const fake = fakeApi({ 'GET /api/open-data/appeal-rates': () => reply(200, { methodVersion: '2026.1', minDenominator: 5, publishWorkingDays: 3, months: [] }) })
    const { global } = await appContext({ fetch: fake.fetch })
    const wrapper = mount(OpenDataView, { global })
    await flushPromises()
    expect(wrapper.find('[data-test="open-data-empty"]').text()).toContain('尚无已发布的月份')
  })
})
