import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { APPEAL_STATUSES } from '../../appeals/types'
import { testI18n } from '../../testing/i18n'
import AppealStatusTag from './AppealStatusTag.vue'

describe('appeal status tag', () => {
  it('names every status in Chinese and English', () => {
    const zh = APPEAL_STATUSES.map((status) => mount(AppealStatusTag, { props: { status }, global: { plugins: [testI18n()] } }).text())
    expect(zh).toEqual(['待派单', '待签收', '办理中', '已答复', '已办结', '已撤回'])
    const en = APPEAL_STATUSES.map((status) => mount(AppealStatusTag, { props: { status }, global: { plugins: [testI18n('en')] } }).text())
    expect(en).toEqual(['Awaiting dispatch', 'Awaiting acceptance', 'In progress', 'Answered', 'Closed', 'Withdrawn'])
  })
})
