/**
 * Industry associations (行业协会) that publish training and briefing notices to the enterprises they
 * concern (clause (十七): 发挥行业协会、功能性机构等作用，开展辅导培训). The code is the one the realm gives an
 * association user (attribute `association`, infra/keycloak/realm-servicepack.json); the apps show
 * the name; `industries` are the ones it speaks for (the notice form's default audience).
 */
export interface Association {
  code: string
  zh: string
  en: string
  /** Industries the association speaks for (codes of the industries catalogue). */
  industries: string[]
}

export const associations = [
  { code: 'sh-ic-association', zh: '上海市集成电路行业协会', en: 'Shanghai Integrated Circuit Industry Association', industries: ['integrated-circuits'] },
  { code: 'sh-biomedicine-association', zh: '上海市生物医药行业协会', en: 'Shanghai Biomedicine Industry Association', industries: ['biomedicine', 'bio-manufacturing'] },
] as const satisfies readonly Association[]
