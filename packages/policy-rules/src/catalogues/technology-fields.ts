/**
 * Technology fields named by clause (五) of 沪府办规〔2025〕20号, for the `technologyField` fact:
 * "支持企业聚焦激光制造、量子、光子、新型功能材料、新型能源等前沿技术开展基础研究。聚焦集成电路、大飞机、
 * 高端装备、仪器仪表、工业软件等重点产业链和产业链关键环节，支持企业开展核心技术和重点技术攻关。"
 * The first sentence selects by technology, the second by industry chain; a firm of any industry
 * (an AI firm doing quantum, an "other" firm writing industrial software) can work in one of them.
 * `none`: none of the fields the clause names.
 */
export interface TechnologyField {
  code: string
  zh: string
  en: string
  /** Which sentence of (五) names it: 1 frontier technologies (basic research), 2 industry chains (core technologies). */
  sentence: 1 | 2 | null
}

export const technologyFields = [
  { code: 'laser-manufacturing', zh: '激光制造', en: 'Laser manufacturing', sentence: 1 },
  { code: 'quantum', zh: '量子', en: 'Quantum', sentence: 1 },
  { code: 'photonics', zh: '光子', en: 'Photonics', sentence: 1 },
  { code: 'functional-materials', zh: '新型功能材料', en: 'New functional materials', sentence: 1 },
  { code: 'new-energy', zh: '新型能源', en: 'New energy', sentence: 1 },
  { code: 'integrated-circuits', zh: '集成电路', en: 'Integrated circuits', sentence: 2 },
  { code: 'large-aircraft', zh: '大飞机', en: 'Large aircraft', sentence: 2 },
  { code: 'high-end-equipment', zh: '高端装备', en: 'High-end equipment', sentence: 2 },
  { code: 'instruments', zh: '仪器仪表', en: 'Instruments and meters', sentence: 2 },
  { code: 'industrial-software', zh: '工业软件', en: 'Industrial software', sentence: 2 },
  { code: 'none', zh: '以上都不是', en: 'None of these', sentence: null },
] as const satisfies readonly TechnologyField[]

export type TechnologyFieldCode = (typeof technologyFields)[number]['code']
