import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { appContext, fakeApi, reply } from '../../testing/setup'
import AnswerView from './AnswerView.vue'

const ID = '6f1c1f7e-3c1a-4d2b-9a57-000000000001'
const NEWER = '6f1c1f7e-3c1a-4d2b-9a57-000000000002'
const answer = (extra: Record<string, unknown> = {}) => ({
  id: ID,
  question: '首台套装备卖到外地还能申请吗？',
  answer: '可以。认定不以销售地区为限。\n请按年度申报指南申报。',
  measureId: 'first-set-equipment',
  category: 'rnd',
  bureau: 'sheitc',
  bureauName: '市经济信息化委',
  date: '2026-11-20',
  citation: { text: '沪府办规〔2025〕20号 (六)', measureName: '首台（套）' },
  status: 'approved',
  supersededBy: null,
  supersedes: null,
  ...extra,
})

async function open(respond: () => Response, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const api = fakeApi({ [`GET /api/answers/${ID}`]: respond })
  const context = await appContext({ fetch: api.fetch, locale })
  await context.router.push(`/answers/${ID}`)
  const wrapper = mount(AnswerView, { props: { id: ID }, global: context.global })
  await flushPromises()
  return { wrapper, api }
}

describe('政策问答: one answer (public)', () => {
  it('shows the question, the whole answer, who answered and when, and the measure it cites (a link)', async () => {
    const { wrapper } = await open(() => reply(200, answer()))
    expect(wrapper.find('[data-test="answer-question"]').text()).toBe('首台套装备卖到外地还能申请吗？')
    expect(wrapper.find('[data-test="answer-answer"]').text()).toContain('请按年度申报指南申报。')
    expect(wrapper.text()).toContain('市经济信息化委 答复 · 2026-11-20 公开')
    expect(wrapper.find('[data-test="answer-measure-link"]').attributes('href')).toBe('/measures/first-set-equipment')
    expect(wrapper.find('[data-test="answer-measure"]').text()).toContain('依据：沪府办规〔2025〕20号 (六)')
    expect(wrapper.find('[data-test="answer-superseded"]').exists()).toBe(false)
  })

  it('a superseded answer says so and links to the newer one; an answer without a measure shows no measure', async () => {
    const { wrapper } = await open(() => reply(200, answer({ status: 'superseded', supersededBy: NEWER, measureId: null, citation: null })))
    const alert = wrapper.find('[data-test="answer-superseded"]')
    expect(alert.text()).toContain('此回答已被更新的回答取代。')
    expect(alert.find('a').attributes('href')).toBe(`/answers/${NEWER}`)
    expect(wrapper.find('[data-test="answer-measure"]').exists()).toBe(false)
  })

  it('a withdrawn or unknown answer is said in words, with a retry', async () => {
    let found = false
    const { wrapper, api } = await open(() => (found ? reply(200, answer()) : reply(404, { statusCode: 404, error: 'Not Found', code: 'ANSWER_NOT_FOUND', message: 'no such answer', correlationId: 'c-1' })))
    expect(wrapper.text()).toContain('未找到该问答，或它已撤回')
    expect(wrapper.find('[data-test="answer-question"]').exists()).toBe(false)
    found = true
    await wrapper.find('[data-test="retry"]').trigger('click')
    await flushPromises()
    expect(api.calls).toHaveLength(2)
    expect(wrapper.find('[data-test="answer-question"]').exists()).toBe(true)
  })

  it('in English: the bureau by its English name and the texts translated', async () => {
    const { wrapper } = await open(() => reply(200, answer()), 'en')
    expect(wrapper.text()).toContain('Municipal Commission of Economy and Informatization')
    expect(wrapper.text()).not.toContain('市经济信息化委 答复')
    expect(wrapper.find('[data-test="answer-measure"]').text()).toContain('Basis: 沪府办规〔2025〕20号 (六)')
  })
})
