import { districts } from './districts.js'

/** A responsible unit (责任单位) named by the action plan's clauses. */
export interface Bureau {
  code: string
  zh: string
  en: string
  /** municipal: 市级部门; district: 区政府; central-sh: central agency's Shanghai office. */
  kind: 'municipal' | 'district' | 'central-sh'
}

const cityBureaus: readonly Bureau[] = [
  { code: 'sheitc', zh: '市经济信息化委', en: 'Municipal Commission of Economy and Informatization', kind: 'municipal' },
  { code: 'stcsm', zh: '市科委', en: 'Municipal Science and Technology Commission', kind: 'municipal' },
  { code: 'sasac', zh: '市国资委', en: 'Municipal State-owned Assets Supervision and Administration Commission', kind: 'municipal' },
  { code: 'commerce', zh: '市商务委', en: 'Municipal Commission of Commerce', kind: 'municipal' },
  { code: 'ecology', zh: '市生态环境局', en: 'Municipal Bureau of Ecology and Environment', kind: 'municipal' },
  { code: 'talent', zh: '市人才局', en: 'Municipal Talent Bureau', kind: 'municipal' },
  { code: 'hrss', zh: '市人力资源社会保障局', en: 'Municipal Bureau of Human Resources and Social Security', kind: 'municipal' },
  { code: 'planning', zh: '市规划资源局', en: 'Municipal Bureau of Planning and Natural Resources', kind: 'municipal' },
  { code: 'finance', zh: '市委金融办', en: 'Financial Office of the CPC Shanghai Municipal Committee', kind: 'municipal' },
  { code: 'nfra-sh', zh: '上海金融监管局', en: 'NFRA Shanghai Office', kind: 'central-sh' },
  { code: 'csrc-sh', zh: '上海证监局', en: 'CSRC Shanghai Office', kind: 'central-sh' },
  { code: 'transport', zh: '市交通委', en: 'Municipal Transportation Commission', kind: 'municipal' },
  { code: 'emergency', zh: '市应急局', en: 'Municipal Emergency Management Bureau', kind: 'municipal' },
  { code: 'police', zh: '市公安局', en: 'Municipal Public Security Bureau', kind: 'municipal' },
  { code: 'ndrc', zh: '市发展改革委', en: 'Municipal Development and Reform Commission', kind: 'municipal' },
  { code: 'comms', zh: '市通信管理局', en: 'Shanghai Communications Administration', kind: 'central-sh' },
]

/** Code of a district's government, e.g. `gov-pudong` (各区政府 in a clause's 责任单位). */
export function districtGovernmentCode(district: string): string {
  return 'gov-' + district
}

export const bureaus: readonly Bureau[] = [
  ...cityBureaus,
  ...districts.map((d): Bureau => ({
    code: districtGovernmentCode(d.code),
    zh: (d.code === 'pudong' ? '浦东新区' : d.zh) + '人民政府',
    en: d.en + (d.code === 'pudong' ? '' : ' District') + ' Government',
    kind: 'district',
  })),
]
