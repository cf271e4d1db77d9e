import { describe, expect, it } from 'vitest'
import { applicationAnsweredMail, measureEligibleMail, spacedYuan } from './measure-push-texts.js'

const base = { measureId: 'basic-research', name: { zh: '基础研究投入财政补助', en: 'Basic-research investment grant' }, amountPerPerson: null, reasons: ['基础研究投入为6000万元，满足“不低于1000万元”'], reference: '沪府办规〔2025〕20号 (四)' }

describe('the push e-mails', () => {
  it.each([
    ['an amount', { min: 5_000_000, max: 5_000_000 }, '【企业服务包】新匹配政策：基础研究投入财政补助，预计 500 万元'],
    ['a range', { min: 2_000_000, max: 5_000_000 }, '【企业服务包】新匹配政策：基础研究投入财政补助，预计 200 万元—500 万元'],
    ['no amount (services, case by case)', null, '【企业服务包】新匹配政策：基础研究投入财政补助'],
  ])('subject with %s', (_name, amount, subject) => {
    expect(measureEligibleMail({ ...base, amount }, 'https://x/measures/basic-research').subject).toBe(subject)
  })

  it('carries the reasons, the next step and the link, in both languages', () => {
    const { text } = measureEligibleMail({ ...base, amount: { min: 5_000_000, max: 5_000_000 } }, 'https://x/measures/basic-research')
    expect(text).toContain('· 基础研究投入为6000万元')
    expect(text).toContain('确认享受')
    expect(text).toContain('Basic-research investment grant')
    expect(text.match(/https:\/\/x\/measures\/basic-research/g)).toHaveLength(2)
  })

  it('money per person reads per person', () => {
    expect(measureEligibleMail({ ...base, amount: null, amountPerPerson: { min: 100_000, max: 100_000 } }, 'l').subject).toContain('每人预计 10 万元')
  })

  it.each([
    ['granted', '予以兑现'],
    ['more_info', '需补充材料'],
    ['refused', '不符合'],
  ] as const)('an answered application (%s)', (outcome, zh) => {
    const mail = applicationAnsweredMail({ number: 'SQ-2026-000001', measureId: 'basic-research', name: base.name, outcome, reason: '材料齐全' }, 'l')
    expect(mail.subject).toContain(zh)
    expect(mail.text).toContain('说明：材料齐全')
  })

  it('spaces the unit in Chinese only', () => {
    expect(spacedYuan({ min: 10_000_000, max: 10_000_000 }, 'zh')).toBe('1000 万元')
  })
})
