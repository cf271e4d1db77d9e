import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { testI18n } from '../../testing/i18n'
import DeadlineBadge from './DeadlineBadge.vue'

const badge = (props: InstanceType<typeof DeadlineBadge>['$props'], locale: 'zh-CN' | 'en' = 'zh-CN') => mount(DeadlineBadge, { props, global: { plugins: [testI18n(locale)] } })

describe('deadline badge', () => {
  it('says 已超期 with the due time in Shanghai time', () => {
    const wrapper = badge({ dueAt: '2026-09-30T16:00:00.000Z', overdue: true, dueSoon: false })
    expect(wrapper.attributes('data-state')).toBe('overdue')
    expect(wrapper.text()).toBe('已超期2026-10-01 00:00')
    expect(wrapper.attributes('title')).toBe('已超期，办理时限 2026-10-01 00:00（北京时间）')
  })

  it('says 即将超期, or just the deadline, and nothing without one', () => {
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z', dueSoon: true }).text()).toBe('即将超期2026-10-12 16:30')
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z' }).attributes('data-state')).toBe('due')
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z' }).text()).toBe('时限2026-10-12 16:30')
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z', overdue: true }, 'en').text()).toBe('Overdue2026-10-12 16:30')
    expect(badge({ dueAt: null, overdue: true }).find('[data-test="deadline"]').exists()).toBe(false)
  })
})
