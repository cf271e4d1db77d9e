import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { testI18n } from '../../testing/i18n'
import DeadlineBadge from './DeadlineBadge.vue'

const badge = (props: InstanceType<typeof DeadlineBadge>['$props'], locale: 'zh-CN' | 'en' = 'zh-CN') => mount(DeadlineBadge, { props, global: { plugins: [testI18n(locale)] } })

describe('deadline badge', () => {
  it('says 已超期 with the working day the deadline was due (never midnight of the next day)', () => {
    // stored as the end of Wednesday 30 September: Thursday 00:00 in Shanghai
    const wrapper = badge({ dueAt: '2026-09-30T16:00:00.000Z', overdue: true, dueSoon: false })
    expect(wrapper.attributes('data-state')).toBe('overdue')
    expect(wrapper.text()).toBe('已超期2026-09-30（周三）前')
    expect(wrapper.attributes('title')).toBe('已超期，须于 2026-09-30（周三）前办结当前环节')
  })

  it('reads a Friday deadline as the Friday, in both languages', () => {
    expect(badge({ dueAt: '2026-12-11T16:00:00.000Z', dueSoon: true }).text()).toBe('即将超期2026-12-11（周五）前')
    expect(badge({ dueAt: '2026-12-11T16:00:00.000Z', dueSoon: true }, 'en').text()).toBe('Due soonby Fri 2026-12-11')
    expect(badge({ dueAt: '2026-12-11T16:00:00.000Z' }, 'en').attributes('title')).toBe('Due: this step is due by Fri 2026-12-11')
  })

  it('says 即将超期, or just the deadline, and nothing without one', () => {
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z', dueSoon: true }).text()).toBe('即将超期2026-10-12（周一）前')
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z' }).attributes('data-state')).toBe('due')
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z' }).text()).toBe('时限2026-10-12（周一）前')
    expect(badge({ dueAt: '2026-10-12T08:30:00.000Z', overdue: true }, 'en').text()).toBe('Overdueby Mon 2026-10-12')
    expect(badge({ dueAt: null, overdue: true }).find('[data-test="deadline"]').exists()).toBe(false)
  })
})
