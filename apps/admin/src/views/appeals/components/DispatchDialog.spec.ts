import { appealFixture } from '@servicepack/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeApi, type ApiCall } from '../../../testing/fake-api'
import { appContext, userWith } from '../../../testing/setup'
import DispatchDialog from './DispatchDialog.vue'

const appeal = appealFixture({ allowedActions: ['dispatch', 'message'] })
const path = `/api/appeals/${appeal.id}/dispatch`
type Reply = { status?: number; body: unknown }

async function openDialog(reply: (call: ApiCall) => Reply, props = { appeal }) {
  const api = fakeApi({ [`POST ${path}`]: reply })
  const context = await appContext({ fetch: api.fetch, session: userWith('coordinator') })
  const wrapper = mount(DispatchDialog, {
    props: { ...props, modelValue: true, 'onUpdate:modelValue': (v: boolean) => wrapper.setProps({ modelValue: v }) },
    global: context.global,
    attachTo: document.body,
  })
  await flushPromises()
  const [lead, assisting] = wrapper.findAllComponents(ElSelect)
  const confirm = async () => {
    document.querySelector<HTMLButtonElement>('[data-test="dispatch-confirm"]')!.click()
    await flushPromises()
  }
  return { wrapper, api, lead: lead!, assisting: assisting!, confirm }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('dispatch dialog', () => {
  it("preselects the lead and assisting bureaus of the appeal's routing suggestion (its measure's bureaus), simple by default", async () => {
    const { lead, assisting } = await openDialog(() => ({ body: appeal }))
    expect(lead.props('modelValue')).toBe('stcsm')
    expect(assisting.props('modelValue')).toEqual(['sheitc', 'sasac', 'commerce'])
    expect(document.querySelector('[data-test="dispatch-suggestion"]')!.textContent).toContain('已按相关措施的责任单位预选责任单位，可修改。')
    expect(document.querySelector<HTMLInputElement>('[data-test="complexity-simple"] input')!.checked).toBe(true)
  })

  it('sends what the coordinator changed: another lead (leaving the assisting list), fewer assisting bureaus, complex, a note', async () => {
    const dispatched = appealFixture({ status: 'dispatched', leadBureau: 'sheitc', assistingBureaus: ['stcsm'] })
    const { wrapper, api, lead, assisting, confirm } = await openDialog(() => ({ body: dispatched }))
    lead.vm.$emit('update:modelValue', 'sheitc')
    await flushPromises()
    // the lead cannot assist as well
    expect(assisting.props('modelValue')).toEqual(['sasac', 'commerce'])
    assisting.vm.$emit('update:modelValue', ['stcsm'])
    document.querySelector<HTMLElement>('[data-test="complexity-complex"] input')!.click()
    const note = document.querySelector<HTMLTextAreaElement>('[data-test="dispatch-note"]')!
    note.value = '请市科委协助核实投入'
    note.dispatchEvent(new Event('input'))
    await flushPromises()
    await confirm()
    expect(api.calls).toEqual([
      expect.objectContaining({ method: 'POST', path, body: { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'complex', note: '请市科委协助核实投入' } }),
    ])
    expect(wrapper.emitted('done')).toEqual([[dispatched]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  })

  it('restores the suggestion after edits, and needs a lead', async () => {
    const { api, lead, assisting, confirm } = await openDialog(() => ({ body: appeal }))
    lead.vm.$emit('update:modelValue', '')
    assisting.vm.$emit('update:modelValue', [])
    await flushPromises()
    await confirm()
    expect(document.querySelector('[data-test="dispatch-problem"]')!.textContent).toBe('请选择主办单位')
    expect(api.calls).toHaveLength(0)
    document.querySelector<HTMLButtonElement>('[data-test="dispatch-restore"]')!.click()
    await flushPromises()
    expect(lead.props('modelValue')).toBe('stcsm')
    expect(assisting.props('modelValue')).toEqual(['sheitc', 'sasac', 'commerce'])
  })

  it('preselects from the routing catalogue when no measure is concerned', async () => {
    const land = appealFixture({ measureId: null, categoryCode: 'land', suggestedRouting: { lead: 'planning', assisting: ['sheitc', 'gov-pudong'] } })
    const { lead, assisting } = await openDialog(() => ({ body: land }), { appeal: land })
    expect(lead.props('modelValue')).toBe('planning')
    expect(assisting.props('modelValue')).toEqual(['sheitc', 'gov-pudong'])
    expect(document.querySelector('[data-test="dispatch-suggestion"]')!.textContent).toContain('已按派单目录预选')
  })

  it('when another coordinator dispatched first (409), closes and asks the page to reload', async () => {
    const { wrapper, confirm } = await openDialog(() => ({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', code: 'INVALID_TRANSITION', message: 'Cannot dispatch an appeal that is dispatched', correlationId: 'c' },
    }))
    await confirm()
    expect(wrapper.emitted('conflict')).toHaveLength(1)
    expect(wrapper.emitted('done')).toBeUndefined()
  })
})
