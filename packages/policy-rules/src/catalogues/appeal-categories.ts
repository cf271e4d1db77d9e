/**
 * Routing catalogue (派单目录): appeal category → lead bureau (主办) and assisting bureaus (协办),
 * taken from the 责任单位 of the clauses the category comes from. When `districtGovernment` is
 * true, the enterprise's district government (`gov-<district>`) assists as well.
 */
export interface AppealCategory {
  code: string
  zh: string
  en: string
  lead: string
  assisting: string[]
  districtGovernment: boolean
  clauses: string[]
}

export const appealCategories: readonly AppealCategory[] = [
  { code: 'land', zh: '用地', en: 'Land and premises', lead: 'planning', assisting: ['sheitc'], districtGovernment: true, clauses: ['(十一)'] },
  { code: 'labour', zh: '用工', en: 'Labour and workforce', lead: 'hrss', assisting: ['sheitc'], districtGovernment: false, clauses: ['(十)'] },
  { code: 'talent', zh: '人才', en: 'Talent', lead: 'sheitc', assisting: ['talent'], districtGovernment: false, clauses: ['(九)'] },
  { code: 'financing', zh: '融资', en: 'Financing, loans and interest subsidies', lead: 'finance', assisting: ['nfra-sh', 'csrc-sh', 'sheitc'], districtGovernment: false, clauses: ['(十二)'] },
  { code: 'tech-renovation', zh: '技改', en: 'Technical renovation', lead: 'sheitc', assisting: ['ecology'], districtGovernment: false, clauses: ['(六)'] },
  { code: 'rnd', zh: '研发', en: 'Research and development', lead: 'stcsm', assisting: ['sheitc', 'sasac', 'commerce'], districtGovernment: false, clauses: ['(四)'] },
  { code: 'energy-saving', zh: '节能', en: 'Energy saving and green manufacturing', lead: 'sheitc', assisting: [], districtGovernment: false, clauses: ['(八)'] },
  { code: 'logistics', zh: '物流', en: 'Logistics and warehousing', lead: 'sheitc', assisting: ['planning', 'transport', 'emergency', 'police'], districtGovernment: false, clauses: ['(十三)'] },
  { code: 'energy-network', zh: '用能/网络', en: 'Power supply and network access', lead: 'sheitc', assisting: ['ndrc', 'ecology', 'comms'], districtGovernment: false, clauses: ['(十四)'] },
  { code: 'market', zh: '市场开拓', en: 'Market expansion', lead: 'commerce', assisting: ['sheitc'], districtGovernment: false, clauses: ['(十六)'] },
  { code: 'traditional-industries', zh: '传统产业升级', en: 'Upgrading traditional industries', lead: 'sheitc', assisting: [], districtGovernment: true, clauses: ['(一)'] },
  { code: 'first-set', zh: '首台(套)/首批次', en: 'First-set equipment and first-batch materials', lead: 'sheitc', assisting: [], districtGovernment: true, clauses: ['(一)'] },
  // (二), (三) and (五) each name their own 责任单位: 市经济信息化委、市科委 / 市经济信息化委、各区政府 / 市经济信息化委.
  { code: 'leading-industries', zh: '先导产业', en: 'Leading industries', lead: 'sheitc', assisting: ['stcsm'], districtGovernment: false, clauses: ['(二)'] },
  { code: 'key-industries', zh: '重点和新兴产业', en: 'Key and emerging industries', lead: 'sheitc', assisting: [], districtGovernment: true, clauses: ['(三)'] },
  { code: 'core-technology', zh: '关键核心技术攻关', en: 'Key core technologies', lead: 'sheitc', assisting: [], districtGovernment: false, clauses: ['(五)'] },
  { code: 'digital', zh: '数智转型', en: 'Digital and intelligent transformation', lead: 'sheitc', assisting: [], districtGovernment: true, clauses: ['(七)'] },
  { code: 'scenarios', zh: '场景应用/中试', en: 'Application scenarios and pilot platforms', lead: 'sheitc', assisting: [], districtGovernment: true, clauses: ['(十五)'] },
  { code: 'policy-consulting', zh: '政策咨询', en: 'Policy consulting', lead: 'sheitc', assisting: [], districtGovernment: false, clauses: ['(十七)'] },
  { code: 'other', zh: '其他', en: 'Other', lead: 'sheitc', assisting: [], districtGovernment: false, clauses: ['(十七)'] },
]
