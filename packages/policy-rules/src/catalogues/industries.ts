/** Industries named by the action plan (沪府办规〔2025〕20号, clauses (一)–(三), (五)), plus `other`. */
export interface Industry {
  code: string
  zh: string
  en: string
  /** Clauses that name the industry. */
  clauses: string[]
}

export const industries = [
  { code: 'integrated-circuits', zh: '集成电路', en: 'Integrated circuits', clauses: ['(二)', '(五)', '(十四)'] },
  { code: 'biomedicine', zh: '生物医药', en: 'Biomedicine', clauses: ['(二)'] },
  { code: 'artificial-intelligence', zh: '人工智能', en: 'Artificial intelligence', clauses: ['(二)', '(七)'] },
  { code: 'intelligent-connected-vehicles', zh: '智能网联新能源汽车', en: 'Intelligent connected new-energy vehicles', clauses: ['(三)'] },
  { code: 'high-end-equipment', zh: '高端装备', en: 'High-end equipment', clauses: ['(三)', '(五)'] },
  { code: 'advanced-materials', zh: '先进材料', en: 'Advanced materials', clauses: ['(三)', '(五)'] },
  { code: 'green-low-carbon', zh: '绿色低碳', en: 'Green and low-carbon', clauses: ['(三)', '(五)'] },
  { code: 'fashion-consumer', zh: '时尚消费品', en: 'Fashion consumer goods', clauses: ['(三)'] },
  { code: 'low-altitude', zh: '低空经济', en: 'Low-altitude economy', clauses: ['(三)'] },
  { code: 'commercial-space', zh: '商业航天', en: 'Commercial space', clauses: ['(三)'] },
  { code: 'embodied-ai', zh: '具身智能', en: 'Embodied AI', clauses: ['(三)'] },
  { code: 'bio-manufacturing', zh: '生物制造', en: 'Bio-manufacturing', clauses: ['(二)', '(三)'] },
  { code: 'smart-terminals', zh: '智能终端', en: 'Smart terminals', clauses: ['(三)'] },
  { code: 'petrochemical', zh: '石化化工', en: 'Petrochemicals', clauses: ['(一)', '(六)', '(十三)'] },
  { code: 'steel', zh: '钢铁', en: 'Steel', clauses: ['(一)'] },
  { code: 'nonferrous-metals', zh: '有色金属', en: 'Non-ferrous metals', clauses: ['(一)'] },
  { code: 'light-industry', zh: '轻工(化妆品、食品)', en: 'Light industry (cosmetics, food)', clauses: ['(一)'] },
  { code: 'other', zh: '其他制造业', en: 'Other manufacturing', clauses: [] },
] as const satisfies readonly Industry[]

export type IndustryCode = (typeof industries)[number]['code']
