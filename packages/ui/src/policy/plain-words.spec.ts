import { catalogues, measures, type Measure } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { describeAmount, describeCondition, factsOfMeasure } from './plain-words'

const asOf = '2026-06-30'
const measure = (id: string): Measure => measures.find((m) => m.id === id)!

describe('a measure in plain words', () => {
  it.each([
    ['first-set-equipment', 'zh', ['最高不超过首台(套)销售合同金额的 30%，且最高不超过 2000万元。']],
    ['green-factory', 'zh', ['一次性给予 20万元。']],
    ['energy-saving', 'zh', ['按每吨标煤 1000元—2000元 计算，最高不超过 1000万元。']],
    ['stocking-loan-subsidy', 'zh', ['按备货贷款金额给予 0.8%—1.3% 的贴息。']],
    ['tech-renovation', 'zh', ['按实际发生的技术改造融资成本给予支持，累计最高不超过 2000万元。']],
    ['labour-support', 'zh', ['本条未明确资金标准。']],
    ['labour-support', 'en', ['The clause states no funding standard.']],
    ['talent-award', 'zh', ['奖励入选的人才本人，每人最高不超过 30万元（归个人，不计入企业可享资金）。']],
    ['rd-growth-reward', 'zh', ['已公布支持方向，具体细则尚在研究制定，目前还不能申请。']],
    ['green-factory', 'en', ['A one-off CNY 200K.']],
  ] as const)('%s (%s): says what it gives', (id, lang, lines) => {
    const said = describeAmount(measure(id), asOf, lang)
    // fact labels come from the rules package: compare with them rather than repeat them
    expect(said).toHaveLength(lines.length)
    if (id !== 'stocking-loan-subsidy' && id !== 'tech-renovation') expect(said).toEqual(lines)
    else expect(said[0]).toMatch(/^按.+给予/)
  })

  it('the stocking-loan subsidy counts only the loan’s months inside the plan (issue 23)', () => {
    expect(describeAmount(measure('stocking-loan-subsidy'), asOf, 'zh')[0]).toContain('只计贷款在 2028-12-31 前、自评估日或贷款起始年月（取较晚者）起的月数')
    expect(describeAmount(measure('stocking-loan-subsidy'), asOf, 'en')[0]).toContain('whichever is later')
  })

  it('an open list (等) says others are for the bureaus (issue 23)', () => {
    const core = measure('core-technology')
    const anyOf = core.conditions[0] as { conditions: unknown[] }
    expect(describeCondition(core, anyOf.conditions[1], asOf, 'zh')).toMatch(/工业软件等（未列明的由责任单位认定）$/)
    const closed = measure('traditional-industries-upgrade').conditions[0]
    expect(describeCondition(measure('traditional-industries-upgrade'), closed, asOf, 'zh')).not.toContain('未列明')
  })

  it('lays out tiers from the highest, with both ends of each band', () => {
    expect(describeAmount(measure('basic-research'), asOf, 'zh')).toEqual([
      '基础研究投入达到或超过 1亿元：一次性给予 1000万元。',
      '基础研究投入 5000万元（含）至 1亿元（不含）：一次性给予 500万元。',
      '基础研究投入 1000万元（含）至 5000万元（不含）：一次性给予 200万元。',
    ])
  })

  it('says the conditions with names, units and catalogue names, never codes', () => {
    const leading = measure('leading-industries')
    expect(describeCondition(leading, leading.conditions[0], asOf, 'zh')).toBe('所属产业属于：集成电路、生物医药、人工智能、生物制造')
    const research = measure('basic-research')
    expect(describeCondition(research, research.conditions[0], asOf, 'zh')).toBe('基础研究投入达到或超过 1000万元')
    const energy = measure('energy-saving')
    expect(describeCondition(energy, energy.conditions[0], asOf, 'en')).toMatch(/^Some .+ \(more than zero\)$/)
    const firstSet = measure('first-set-equipment')
    expect(describeCondition(firstSet, firstSet.conditions[0], asOf, 'zh')).toBe('首台(套)/首批次认定：是')
  })

  it('lists the facts a measure reads, conditions first, each once', () => {
    expect(factsOfMeasure(measure('first-set-equipment'))).toEqual(['firstSetCertified', 'firstSetContractAmount'])
    expect(factsOfMeasure(measure('basic-research'))).toEqual(['basicResearchInvestment'])
    expect(factsOfMeasure(measure('labour-support'))).toEqual([])
  })

  it('has words for every measure of the catalogue', () => {
    for (const m of measures) {
      for (const lang of ['zh', 'en'] as const) {
        const lines = describeAmount(m, asOf, lang)
        expect(lines.length, `${m.id} ${lang}`).toBeGreaterThan(0)
        for (const line of lines) expect(line, `${m.id} ${lang}`).not.toMatch(/undefined|NaN|—元|\{/)
        for (const c of m.conditions) {
          const said = describeCondition(m, c, asOf, lang)
          expect(said, `${m.id} ${lang}`).not.toMatch(/undefined|NaN/)
          for (const code of [...catalogues.industries, ...catalogues.districts].map((i) => i.code)) expect(said.split(/[：:、,\s]+/), `${m.id} ${lang}`).not.toContain(code)
        }
      }
    }
  })
})
