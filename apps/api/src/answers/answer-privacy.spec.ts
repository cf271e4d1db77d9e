import { describe, expect, it } from 'vitest'
import { identifyingMentions, nameCores, type Identity, type MentionKind } from './answer-privacy.js'

const who: Identity = { enterpriseName: '上海芯联微电子有限公司', uscc: '91310115MA1K4C7L8X', contactName: '张伟', contactPhone: '021-50801234' }

describe('nameCores', () => {
  it.each([
    ['上海芯联微电子有限公司', ['芯联微电子', '芯联']],
    ['上海临港智能装备股份有限公司', ['临港智能装备', '智能装备'].slice(0, 1)],
    ['上海瑞康生物医药科技有限公司', ['瑞康生物医药科技', '瑞康']],
  ])('%s → %j', (name, cores) => {
    expect(nameCores(name)).toEqual(expect.arrayContaining(cores))
  })
})

describe('identifyingMentions', () => {
  const cases: [string, string, MentionKind[]][] = [
    ['a clean question', '集成电路企业的首台套设备可以申请多少支持？', []],
    ['the full name', '上海芯联微电子有限公司能否申请首台套支持？', ['enterprise_name']],
    ['the short name', '芯联的设备能否申请首台套？', ['enterprise_name']],
    ['the USCC', '企业(91310115MA1K4C7L8X)的申报', ['uscc']],
    ['the USCC in lower case', '统一代码91310115ma1k4c7l8x', ['uscc']],
    ['another USCC', '代码 91310000MA1FL1234Q 的企业', ['uscc']],
    ['the contact person', '请张伟经理准备材料', ['contact_name']],
    ['the contact phone, written otherwise', '回电 021 5080 1234', ['contact_phone']],
    ['another mobile number', '联系 13912345678 即可', ['phone']],
    ['an e-mail address', '发送至 a.b@example.com', ['email']],
    ['an appeal number', '见诉求 SQ-2026-000123', ['appeal_number']],
    ['an amount is not a phone', '最高不超过2000万元，按30%支持', []],
  ]
  for (const [name, text, kinds] of cases) {
    it(`${name}: ${kinds.join(', ') || 'nothing'}`, () => {
      expect(identifyingMentions(text, who).map((m) => m.kind).sort()).toEqual([...kinds].sort())
    })
  }

  it('flags only shapes when the enterprise is unknown', () => {
    expect(identifyingMentions('芯联 13912345678', { enterpriseName: null, uscc: null, contactName: null, contactPhone: null }).map((m) => m.kind)).toEqual(['phone'])
  })
})
