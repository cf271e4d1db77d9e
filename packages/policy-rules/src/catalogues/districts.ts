/** The 16 districts of Shanghai. */
export interface District {
  code: string
  zh: string
  en: string
}

export const districts = [
  { code: 'huangpu', zh: '黄浦区', en: 'Huangpu' },
  { code: 'xuhui', zh: '徐汇区', en: 'Xuhui' },
  { code: 'changning', zh: '长宁区', en: 'Changning' },
  { code: 'jingan', zh: '静安区', en: "Jing'an" },
  { code: 'putuo', zh: '普陀区', en: 'Putuo' },
  { code: 'hongkou', zh: '虹口区', en: 'Hongkou' },
  { code: 'yangpu', zh: '杨浦区', en: 'Yangpu' },
  { code: 'minhang', zh: '闵行区', en: 'Minhang' },
  { code: 'baoshan', zh: '宝山区', en: 'Baoshan' },
  { code: 'jiading', zh: '嘉定区', en: 'Jiading' },
  { code: 'pudong', zh: '浦东新区', en: 'Pudong New Area' },
  { code: 'jinshan', zh: '金山区', en: 'Jinshan' },
  { code: 'songjiang', zh: '松江区', en: 'Songjiang' },
  { code: 'qingpu', zh: '青浦区', en: 'Qingpu' },
  { code: 'fengxian', zh: '奉贤区', en: 'Fengxian' },
  { code: 'chongming', zh: '崇明区', en: 'Chongming' },
] as const satisfies readonly District[]

export type DistrictCode = (typeof districts)[number]['code']
