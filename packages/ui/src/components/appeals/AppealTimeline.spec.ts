import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { AppealEvent } from '../../appeals/types'
import { testI18n } from '../../testing/i18n'
import AppealTimeline from './AppealTimeline.vue'

const event = (e: Partial<AppealEvent> & Pick<AppealEvent, 'id' | 'action' | 'party'>): AppealEvent => ({
  at: '2026-09-29T02:00:00.000Z',
  actorUsername: 'someone',
  actorName: null,
  actorBureau: null,
  fromStatus: null,
  toStatus: 'submitted',
  note: null,
  data: null,
  ...e,
})

const path: AppealEvent[] = [
  event({ id: '1', action: 'submit', party: 'owner', actorUsername: 'enterprise-a', actorName: '王明远', note: '我们今年基础研究投入6000万元，想了解申报材料。' }),
  event({ id: '2', action: 'dispatch', party: 'coordinator', actorUsername: 'coordinator', actorName: '陈晓东', fromStatus: 'submitted', toStatus: 'dispatched', at: '2026-09-29T03:00:00.000Z', data: { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' } }),
  event({ id: '3', action: 'opinion', party: 'assisting', actorUsername: 'bureau-stcsm', actorBureau: 'stcsm', fromStatus: 'dispatched', toStatus: 'dispatched', note: '建议按第(四)条准备基础研究投入证明。' }),
  event({ id: '4', action: 'accept', party: 'lead', actorUsername: 'bureau-sheitc', actorName: '赵立新', actorBureau: 'sheitc', fromStatus: 'dispatched', toStatus: 'in_progress' }),
  event({ id: '5', action: 'respond', party: 'lead', actorUsername: 'bureau-sheitc', actorBureau: 'sheitc', fromStatus: 'in_progress', toStatus: 'responded', note: '请于10月底前提交申报材料。' }),
]

const mountTimeline = (props: Partial<InstanceType<typeof AppealTimeline>['$props']> = {}, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  mount(AppealTimeline, { props: { events: path, ...props }, global: { plugins: [testI18n(locale)] } })

describe('appeal timeline', () => {
  it('shows each event: who (party, bureau), what in words, when in Shanghai time, from → to, and what was said', () => {
    const wrapper = mountTimeline()
    const rows = wrapper.findAll('[data-test="timeline-event"]')
    expect(rows.map((r) => r.attributes('data-action'))).toEqual(['submit', 'dispatch', 'opinion', 'accept', 'respond'])
    expect(rows[0]!.text()).toContain('王明远（企业）提交了诉求2026-09-29 10:00')
    expect(rows[1]!.find('[data-test="timeline-change"]').text()).toBe('待派单→待签收')
    expect(rows[1]!.find('[data-test="timeline-detail"]').text()).toBe('主办：市经济信息化委；协办：市科委；简单诉求（5个工作日）')
    expect(rows[2]!.find('[data-test="timeline-actor"]').text()).toBe('协办单位 · 市科委')
    // an opinion changes no status: no from → to
    expect(rows[2]!.find('[data-test="timeline-change"]').exists()).toBe(false)
    expect(rows[2]!.find('[data-test="timeline-note"]').text()).toBe('建议按第(四)条准备基础研究投入证明。')
    expect(rows[4]!.text()).toContain('主办单位 · 市经济信息化委答复了诉求')
    expect(rows[4]!.find('[data-test="timeline-note"]').text()).toBe('请于10月底前提交申报材料。')
    // officers by name only where asked for (the back office); the enterprise's own people by name; never a login
    expect(wrapper.text()).not.toContain('赵立新')
    expect(rows[0]!.find('[data-test="timeline-actor"]').text()).toBe('王明远（企业）')
    const back = mountTimeline({ showActors: true })
    const actors = back.findAll('[data-test="timeline-actor"]').map((a) => a.text())
    expect(actors).toEqual(['王明远（企业）', '陈晓东（协调员）', '协办单位 · 市科委', '主办单位 · 市经济信息化委 赵立新', '主办单位 · 市经济信息化委'])
    for (const text of [wrapper.text(), back.text()]) expect(text).not.toMatch(/enterprise-a|coordinator|bureau-s/)
  })

  it('reads as a conversation: only what people said, the enterprise on one side and the handlers on the other', async () => {
    const wrapper = mountTimeline()
    await wrapper.find('[data-test="timeline-conversation"] input').setValue(true)
    const rows = wrapper.findAll('[data-test="timeline-event"]')
    expect(rows.map((r) => r.attributes('data-action'))).toEqual(['submit', 'opinion', 'respond'])
    expect(rows.map((r) => r.classes().find((c) => c.endsWith('--owner') || c.endsWith('--handler')))).toEqual([
      'sp-timeline__item--owner',
      'sp-timeline__item--handler',
      'sp-timeline__item--handler',
    ])
  })

  it('says in English too, and when there is nothing yet', () => {
    const rows = mountTimeline({}, 'en').findAll('[data-test="timeline-event"]')
    expect(rows[3]!.text()).toContain('Lead bureau · Municipal Commission of Economy and Informatization')
    expect(rows[3]!.text()).toContain('accepted the appeal')
    expect(mountTimeline({ events: [] }).find('[data-test="timeline-empty"]').text()).toBe('暂无办理记录')
    expect(mountTimeline({ events: [], loading: true }).find('[data-test="timeline-loading"]').exists()).toBe(true)
  })
})
