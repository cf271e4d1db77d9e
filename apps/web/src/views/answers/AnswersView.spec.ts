import { flushPromises, mount } from '@vue/test-utils'
import { ElInput, ElPagination, ElSelect } from 'element-plus'
import { describe, expect, it } from 'vitest'
import { appContext, fakeApi, reply } from '../../testing/setup'
import AnswersView from './AnswersView.vue'

const answer = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `6f1c1f7e-3c1a-4d2b-9a57-${String(n).padStart(12, '0')}`,
  question: `首台套装备卖到外地还能申请吗？（${n}）`,
  answer: '可以。首台（套）重大技术装备的认定不以销售地区为限，按年度申报指南向市经济信息化委申报。',
  measureId: 'first-set-equipment',
  category: 'rnd',
  bureau: 'sheitc',
  bureauName: '市经济信息化委',
  date: '2026-11-20',
  citation: null,
  status: 'approved',
  supersededBy: null,
  supersedes: null,
  ...extra,
})
const list = (items: ReturnType<typeof answer>[], total = items.length, page = 1) => ({ items, total, page, pageSize: 10 })

/** Mounts 政策问答 at `url`; `respond` answers each GET /api/answers (its query given); every query sent is kept. */
async function open(url: string, respond: (query: URLSearchParams) => Response = () => reply(200, list([answer(1), answer(2)], 2)), locale: 'zh-CN' | 'en' = 'zh-CN') {
  const queries: Record<string, string>[] = []
  const api = fakeApi({
    'GET /api/answers': (_b, request) => {
      const query = new URL(request.url).searchParams
      queries.push(Object.fromEntries(query))
      return respond(query)
    },
  })
  const context = await appContext({ fetch: api.fetch, locale })
  await context.router.push(url)
  const wrapper = mount(AnswersView, { global: context.global })
  await flushPromises()
  return { wrapper, queries, router: context.router }
}

describe('政策问答 (public)', () => {
  it('lists the answers found: each question links to its page, with the answering bureau, the date and the measure', async () => {
    const { wrapper, queries } = await open('/answers')
    expect(queries).toEqual([{ page: '1', pageSize: '10' }])
    const cards = wrapper.findAll('[data-test="answer-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.find('[data-test="answer-link"]').text()).toBe('首台套装备卖到外地还能申请吗？（1）')
    expect(cards[0]!.find('[data-test="answer-link"]').attributes('href')).toBe(`/answers/${answer(1).id}`)
    expect(cards[0]!.text()).toContain('市经济信息化委 答复')
    expect(cards[0]!.text()).toContain('2026-11-20 公开')
    expect(cards[0]!.text()).toContain('首台（套）')
    expect(wrapper.find('[data-test="answers-total"]').text()).toBe('共 2 条')
    expect(wrapper.findComponent(ElPagination).exists()).toBe(false)
  })

  it('searches in plain words: the query goes to the API trimmed and into the URL, from page 1; clearing it lists all again', async () => {
    const { wrapper, queries, router } = await open('/answers?page=3&bureau=sheitc')
    await wrapper.find('input[data-test="answers-q"]').setValue('  首台套 卖到外地  ')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '首台套 卖到外地', bureau: 'sheitc' })
    expect(queries.at(-1)).toEqual({ q: '首台套 卖到外地', bureau: 'sheitc', page: '1', pageSize: '10' })
    await router.push('/answers?q=贴息')
    await flushPromises()
    // the box follows the URL (back and forward, a link)
    expect((wrapper.find('input[data-test="answers-q"]').element as HTMLInputElement).value).toBe('贴息')
    wrapper.findComponent(ElInput).vm.$emit('clear')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(queries.at(-1)).toEqual({ page: '1', pageSize: '10' })
  })

  it('filters by measure, category and bureau (each from the URL, each changing it, each cleared), back to page 1', async () => {
    const { wrapper, queries, router } = await open('/answers?q=首台套&measure=first-set-equipment&category=rnd&bureau=sheitc&page=2')
    expect(queries[0]).toEqual({ q: '首台套', measureId: 'first-set-equipment', category: 'rnd', bureau: 'sheitc', page: '2', pageSize: '10' })
    const [measure, category, bureau] = wrapper.findAllComponents(ElSelect)
    expect(measure!.props('modelValue')).toBe('first-set-equipment')
    expect(category!.props('modelValue')).toBe('rnd')
    expect(bureau!.props('modelValue')).toBe('sheitc')
    bureau!.vm.$emit('update:modelValue', 'stcsm')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '首台套', measure: 'first-set-equipment', category: 'rnd', bureau: 'stcsm' })
    expect(queries.at(-1)).toMatchObject({ bureau: 'stcsm', page: '1' })
    measure!.vm.$emit('update:modelValue', undefined)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '首台套', category: 'rnd', bureau: 'stcsm' })
    expect(queries.at(-1)).not.toHaveProperty('measureId')
    category!.vm.$emit('update:modelValue', '')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '首台套', bureau: 'stcsm' })
  })

  it('pages through ten at a time: the page goes into the URL and to the API; a malformed page reads as the first', async () => {
    const { wrapper, queries, router } = await open('/answers?q=补贴&page=abc', (q) => reply(200, list(Array.from({ length: q.get('page') === '3' ? 3 : 10 }, (_, i) => answer(i)), 23, Number(q.get('page')))))
    expect(queries[0]).toMatchObject({ q: '补贴', page: '1' })
    const pager = wrapper.findComponent(ElPagination)
    expect(pager.exists()).toBe(true)
    expect(pager.props('total')).toBe(23)
    expect(pager.props('currentPage')).toBe(1)
    pager.vm.$emit('current-change', 3)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '补贴', page: '3' })
    expect(queries.at(-1)).toMatchObject({ q: '补贴', page: '3' })
    expect(wrapper.findAll('[data-test="answer-card"]')).toHaveLength(3)
    expect(wrapper.findComponent(ElPagination).props('currentPage')).toBe(3)
    expect(wrapper.find('[data-test="answers-total"]').text()).toBe('共 23 条')
  })

  it('over 500 answers found: says so, and pages only through the first 500', async () => {
    const { wrapper } = await open('/answers', () => reply(200, list(Array.from({ length: 10 }, (_, i) => answer(i)), 812)))
    expect(wrapper.find('[data-test="answers-total"]').text()).toBe('超过 500 条，请缩小范围')
    expect(wrapper.findComponent(ElPagination).props('total')).toBe(500)
  })

  it('nothing found: says so and offers an appeal instead', async () => {
    const { wrapper } = await open('/answers?q=无关的问题', () => reply(200, list([], 0)))
    const empty = wrapper.find('[data-test="answers-empty"]')
    expect(empty.text()).toContain('没有找到相关问答，可以换个说法，或提交诉求由部门答复。')
    expect(empty.find('a').attributes('href')).toBe('/appeals/new')
    expect(wrapper.find('[data-test="answers-total"]').text()).toBe('共 0 条')
    expect(wrapper.find('[data-test="answers-list"]').exists()).toBe(false)
  })

  it('a failure is said in words with a retry, which loads the list', async () => {
    let down = true
    const { wrapper, queries } = await open('/answers?q=首台套', () => (down ? reply(503, { statusCode: 503, error: 'Service Unavailable', code: 'SERVICE_UNAVAILABLE', message: 'db down', correlationId: 'c-1' }) : reply(200, list([answer(1)]))))
    expect(wrapper.text()).toContain('无法加载政策问答')
    expect(wrapper.find('[data-test="answers-list"]').exists()).toBe(false)
    down = false
    await wrapper.find('[data-test="retry"]').trigger('click')
    await flushPromises()
    expect(queries).toHaveLength(2)
    expect(wrapper.findAll('[data-test="answer-card"]')).toHaveLength(1)
    expect(wrapper.text()).not.toContain('无法加载政策问答')
  })

  it('in English: the bureau by its English name, the totals and the empty text translated', async () => {
    const { wrapper } = await open('/answers', () => reply(200, list([answer(1)])), 'en')
    const meta = wrapper.find('[data-test="answer-card"] .answer-card__meta')
    expect(meta.text()).not.toContain('市经济信息化委')
    expect(meta.text()).toContain('Municipal Commission of Economy and Informatization')
    expect(wrapper.find('[data-test="answers-total"]').text()).not.toMatch(/[共条]/)
  })
})
