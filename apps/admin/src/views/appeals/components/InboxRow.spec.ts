import { appealSummaryFixture } from '@servicepack/ui/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { appContext, userWith } from '../../../testing/setup'
import InboxRow from './InboxRow.vue'

const appeal = appealSummaryFixture({ status: 'in_progress', leadBureau: 'sheitc', assistingBureaus: ['stcsm', 'planning'] })

async function row(myBureau: string | null, over = {}) {
  const context = await appContext({ fetch: async () => new Response('{}'), session: userWith(myBureau ? 'bureau_officer' : 'coordinator') })
  return mount(InboxRow, { props: { appeal: { ...appeal, ...over }, myBureau }, global: context.global })
}

describe('an inbox row', () => {
  it('tells a bureau officer its part: 主办 or 协办', async () => {
    expect((await row('sheitc')).find('[data-test="part-lead"]').text()).toBe('主办')
    expect((await row('stcsm')).find('[data-test="part-assisting"]').text()).toBe('协办')
    expect((await row('stcsm')).find('[data-test="part-lead"]').exists()).toBe(false)
  })

  it('names the lead and every assisting bureau (not "等 3 个单位"), and no part to a coordinator', async () => {
    const wrapper = await row(null)
    expect(wrapper.find('.inbox-row__bureaus').text()).toBe('主办：市经济信息化委；协办：市科委、市规划资源局')
    expect(wrapper.find('[data-test^="part-"]').exists()).toBe(false)
    expect((await row(null, { assistingBureaus: [] })).find('.inbox-row__bureaus').text()).toBe('主办：市经济信息化委')
  })
})
