/** Cases of 二、实施结构调优升级行动: clauses (一)–(三). */
import { M, r, type MeasureCases } from './case.js'

export const structureUpgradeCases: MeasureCases[] = [
  {
    measure: 'traditional-industries-upgrade',
    text: '(一)优化提升传统优势产业。推动石化企业“去油增化”，布局新型功能材料；钢铁、有色金属企业做强特种精品钢、做大轻合金；化妆品、食品等轻工企业以生态设计引领新消费，多出国货潮品。……(责任单位：市经济信息化委、各区政府)',
    eligible: { industry: 'steel' },
    cases: [
      { name: 'petrochemical, with its district government', facts: { industry: 'petrochemical', district: 'jinshan' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc', 'gov-jinshan'] } },
      { name: 'steel', facts: { industry: 'steel' }, expected: { status: 'eligible', bureaus: ['sheitc'] } },
      { name: 'non-ferrous metals', facts: { industry: 'nonferrous-metals' }, expected: { status: 'eligible' } },
      { name: 'light industry (cosmetics, food)', facts: { industry: 'light-industry' }, expected: { status: 'eligible' } },
      { name: 'fashion consumer goods are (三), not (一)', facts: { industry: 'fashion-consumer' }, expected: { status: 'ineligible', missing: [] } },
      { name: 'industry unknown', facts: {}, expected: { status: 'unknown', amount: null, missing: ['industry'] } },
    ],
  },
  {
    measure: 'first-set-equipment',
    text: '符合首台(套)重大技术装备、首批次新材料条件的，按照最高不超过产品销售合同金额的30%给予支持，最高不超过2000万元。(责任单位：市经济信息化委、各区政府)',
    eligible: { firstSetCertified: true, firstSetContractAmount: 10 * M },
    cases: [
      { name: '30 % of a 10M contract', facts: { firstSetCertified: true, firstSetContractAmount: 10 * M }, expected: { status: 'eligible', amount: r(0, 3 * M), amountPerPerson: null, missing: [] } },
      { name: 'just under the cap (66 666 666 → 19 999 999, floor)', facts: { firstSetCertified: true, firstSetContractAmount: 66_666_666 }, expected: { status: 'eligible', amount: r(0, 19_999_999) } },
      { name: 'exactly at the cap (66 666 667 → 20 000 000)', facts: { firstSetCertified: true, firstSetContractAmount: 66_666_667 }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
      { name: 'above the cap', facts: { firstSetCertified: true, firstSetContractAmount: 500 * M }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
      { name: 'a contract at the bound of money facts (10^13)', facts: { firstSetCertified: true, firstSetContractAmount: 10_000_000_000_000 }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
      { name: 'contract 0 → eligible, amount 0', facts: { firstSetCertified: true, firstSetContractAmount: 0 }, expected: { status: 'eligible', amount: r(0, 0), missing: [] } },
      { name: '3 yuan contract floors to 0', facts: { firstSetCertified: true, firstSetContractAmount: 3 }, expected: { status: 'eligible', amount: r(0, 0) } },
      { name: 'not certified', facts: { firstSetCertified: false, firstSetContractAmount: 10 * M }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: 'certification unknown', facts: { firstSetContractAmount: 10 * M }, expected: { status: 'unknown', amount: r(0, 3 * M), missing: ['firstSetCertified'] } },
      { name: 'contract amount unknown', facts: { firstSetCertified: true }, expected: { status: 'eligible', amount: null, missing: ['firstSetContractAmount'] } },
      { name: 'nothing known', facts: {}, expected: { status: 'unknown', amount: null, missing: ['firstSetCertified', 'firstSetContractAmount'] } },
      { name: 'null counts as unknown', facts: { firstSetCertified: null, firstSetContractAmount: null }, expected: { status: 'unknown', amount: null, missing: ['firstSetCertified', 'firstSetContractAmount'] } },
      { name: 'district government added', facts: { district: 'jiading', firstSetCertified: true, firstSetContractAmount: M }, expected: { status: 'eligible', amount: r(0, 300_000), bureaus: ['sheitc', 'gov-jiading'] } },
      { name: 'district unknown → city bureaus only', facts: { firstSetCertified: true }, expected: { status: 'eligible', bureaus: ['sheitc'] } },
    ],
  },
  {
    measure: 'leading-industries',
    text: '(二)加快先导产业战略引领。支持集成电路企业瞄准装备、先进工艺、光刻胶材料、3D封装，实现全产业链突破……聚焦创新药物及高端制剂、高端医疗器械、合成生物技术、细胞与基因治疗等领域，支持企业发展壮大。深化全栈创新，推动高性能智算芯片加快发展。(责任单位：市经济信息化委、市科委)',
    eligible: { industry: 'integrated-circuits' },
    cases: [
      { name: 'integrated circuits', facts: { industry: 'integrated-circuits', district: 'pudong' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc', 'stcsm'] } },
      { name: 'biomedicine', facts: { industry: 'biomedicine' }, expected: { status: 'eligible' } },
      { name: 'steel is not a leading industry', facts: { industry: 'steel' }, expected: { status: 'ineligible', missing: [] } },
      { name: 'steel, even saying it makes AI chips (asked only of AI)', facts: { industry: 'steel', aiComputingChips: true }, expected: { status: 'ineligible', missing: [] } },
      { name: 'industry unknown', facts: {}, expected: { status: 'unknown', amount: null, missing: ['industry', 'aiComputingChips'] } },
      // "深化全栈创新，推动高性能智算芯片加快发展": for AI only the chips, not every AI enterprise.
      { name: 'AI enterprise making high-performance AI computing chips', facts: { industry: 'artificial-intelligence', aiComputingChips: true }, expected: { status: 'eligible', missing: [] } },
      { name: 'AI enterprise that makes no such chips: not eligible', facts: { industry: 'artificial-intelligence', aiComputingChips: false }, expected: { status: 'ineligible', missing: [] } },
      { name: 'AI enterprise, chips unknown: asked, not eligible', facts: { industry: 'artificial-intelligence' }, expected: { status: 'unknown', missing: ['aiComputingChips'] } },
    ],
  },
  {
    measure: 'key-emerging-industries',
    text: '(三)推动重点产业和新兴产业壮大发展。大力发展战略性新兴产业、智能网联新能源汽车、高端装备、先进材料、绿色低碳、时尚消费品产业……积极引导企业投资布局低空经济、商业航天、具身智能、生物制造、智能终端等新兴领域……(责任单位：市经济信息化委、各区政府)',
    eligible: { industry: 'low-altitude' },
    cases: [
      { name: 'low-altitude, with its district government (and not 市科委)', facts: { industry: 'low-altitude', district: 'jinshan' }, expected: { status: 'eligible', bureaus: ['sheitc', 'gov-jinshan'] } },
      { name: 'embodied AI', facts: { industry: 'embodied-ai' }, expected: { status: 'eligible', bureaus: ['sheitc'] } },
      { name: 'integrated circuits are in (二), not (三)', facts: { industry: 'integrated-circuits' }, expected: { status: 'ineligible' } },
      { name: 'other', facts: { industry: 'other' }, expected: { status: 'ineligible' } },
      { name: 'industry unknown', facts: {}, expected: { status: 'unknown', missing: ['industry'] } },
    ],
  },
]
