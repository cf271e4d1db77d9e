/** Cases of 三、实施创新攻关强基行动: clauses (四)–(五). */
import { M, r, type MeasureCases } from './case.js'

export const innovationCases: MeasureCases[] = [
  {
    measure: 'basic-research',
    text: '支持企业加大基础研究投入力度，加强技术储备，达到或者超过1亿元/年的，给予一次性财政补助1000万元；5000万元(含)至1亿元(不含)/年的，给予一次性财政补助500万元；1000万元(含)至5000万元(不含)/年的，给予一次性财政补助200万元。',
    eligible: { basicResearchInvestment: 100 * M },
    cases: [
      { name: '0', facts: { basicResearchInvestment: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: '9 999 999 (below 10M)', facts: { basicResearchInvestment: 9_999_999 }, expected: { status: 'ineligible', amount: null } },
      { name: '10M (incl.) → 2M', facts: { basicResearchInvestment: 10 * M }, expected: { status: 'eligible', amount: r(2 * M, 2 * M), missing: [] } },
      { name: '49 999 999 → 2M', facts: { basicResearchInvestment: 49_999_999 }, expected: { status: 'eligible', amount: r(2 * M, 2 * M) } },
      { name: '50M (incl.) → 5M', facts: { basicResearchInvestment: 50 * M }, expected: { status: 'eligible', amount: r(5 * M, 5 * M) } },
      { name: '99 999 999 → 5M', facts: { basicResearchInvestment: 99_999_999 }, expected: { status: 'eligible', amount: r(5 * M, 5 * M) } },
      { name: '100M → 10M', facts: { basicResearchInvestment: 100 * M }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
      { name: 'at the bound of money facts (10^13) → 10M', facts: { basicResearchInvestment: 10_000_000_000_000 }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
      { name: 'unknown', facts: { industry: 'biomedicine' }, expected: { status: 'unknown', amount: null, missing: ['basicResearchInvestment'] } },
    ],
  },
  {
    measure: 'rd-growth-reward',
    text: '对研发费用连续高增长企业，研究给予一次性奖励，带动企业研发投入持续提升。',
    eligible: { rdHighGrowth: true },
    cases: [
      {
        name: 'sustained high growth → announced, never eligible: rules pending, no amount',
        facts: { rdHighGrowth: true },
        expected: { status: 'announced', amount: null, amountPerPerson: null, missing: [], reasonsInclude: ['细则尚在研究制定', '不计入企业可享资金'] },
      },
      { name: 'no sustained high growth → not in the group the text names', facts: { rdHighGrowth: false }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: 'unknown → asked (at best it becomes announced)', facts: {}, expected: { status: 'unknown', amount: null, missing: ['rdHighGrowth'] } },
    ],
  },
  {
    measure: 'rd-centres-open-innovation',
    text: '鼓励企业设立研发中心、全球研发中心和开放式创新平台，开展产品应用研究、高科研究。完善企业参与重大科研攻关需求征集与榜单编制机制，支持企业与高校、科研院所共享科研基础设施。(责任单位：市科委、市经济信息化委、市国资委、市商务委)',
    eligible: {},
    cases: [
      { name: 'concerns every enterprise, with the bureaus of (四)', facts: { district: 'yangpu' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['stcsm', 'sheitc', 'sasac', 'commerce'] } },
      { name: 'whatever the industry', facts: { industry: 'light-industry' }, expected: { status: 'eligible' } },
    ],
  },
  {
    measure: 'core-technology',
    text: '(五)加速关键核心技术攻关。支持企业聚焦激光制造、量子、光子、新型功能材料、新型能源等前沿技术开展基础研究。聚焦集成电路、大飞机、高端装备、仪器仪表、工业软件等重点产业链和……产业链关键环节，支持企业开展核心技术和重点技术攻关。(责任单位：市经济信息化委)',
    eligible: { industry: 'high-end-equipment' },
    cases: [
      { name: 'industry way in: integrated circuits, technology field not needed', facts: { industry: 'integrated-circuits', district: 'pudong' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc'] } },
      { name: 'industry way in: high-end equipment', facts: { industry: 'high-end-equipment', technologyField: 'none' }, expected: { status: 'eligible', missing: [] } },
      { name: 'technology way in: an AI firm doing quantum', facts: { industry: 'artificial-intelligence', technologyField: 'quantum' }, expected: { status: 'eligible', missing: [] } },
      { name: 'technology way in: a commercial-space firm doing photonics', facts: { industry: 'commercial-space', technologyField: 'photonics' }, expected: { status: 'eligible' } },
      { name: 'technology way in: an "other" firm writing industrial software', facts: { industry: 'other', technologyField: 'industrial-software' }, expected: { status: 'eligible' } },
      { name: 'technology way in: large aircraft, instruments', facts: { industry: 'other', technologyField: 'large-aircraft' }, expected: { status: 'eligible' } },
      { name: 'technology way in with the industry unknown', facts: { technologyField: 'laser-manufacturing' }, expected: { status: 'eligible', missing: [] } },
      { name: 'advanced materials working on new functional materials', facts: { industry: 'advanced-materials', technologyField: 'functional-materials' }, expected: { status: 'eligible' } },
      // "……新型能源等前沿技术" and "……工业软件等重点产业链": open lists, so a field not named is unknown
      // (for the bureaus to judge), not 暂不符合.
      {
        name: 'advanced materials, a field not named (等: open list) → unknown, not 暂不符合',
        facts: { industry: 'advanced-materials', technologyField: 'none' },
        expected: { status: 'unknown', missing: [], reasonsInclude: ['是否属于由责任单位认定'] },
      },
      { name: 'commercial space, a field not named → unknown, not ineligible', facts: { industry: 'commercial-space', technologyField: 'none' }, expected: { status: 'unknown', amount: null, missing: [] } },
      { name: 'the industry alternative alone, not named: steel with no field named → unknown', facts: { industry: 'steel', technologyField: 'none' }, expected: { status: 'unknown', missing: [] } },
      { name: 'industry not named, field unknown → ask the field', facts: { industry: 'fashion-consumer' }, expected: { status: 'unknown', missing: ['technologyField'], reasonsInclude: ['满足以下任一条件即可'] } },
      { name: 'field none, industry unknown → ask the industry', facts: { technologyField: 'none' }, expected: { status: 'unknown', missing: ['industry'] } },
      { name: 'nothing known → both asked', facts: {}, expected: { status: 'unknown', missing: ['industry', 'technologyField'] } },
    ],
  },
]
