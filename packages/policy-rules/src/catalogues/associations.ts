/**
 * Industry associations (行业协会) that publish training and briefing notices (辅导培训、政策宣讲,
 * clause (十七)). `code` is the `association` claim of their users in the realm
 * (infra/keycloak/realm-servicepack.json); `industries` are the ones they usually address (the
 * notice form's default audience).
 */
export interface Association {
  code: string
  zh: string
  en: string
  industries: string[]
}

export const associations = [
  { code: 'sh-ic-association', zh: '上海市集成电路行业协会', en: 'Shanghai Integrated Circuit Industry Association', industries: ['integrated-circuits'] },
  { code: 'sh-biomedicine-association', zh: '上海市生物医药行业协会', en: 'Shanghai Biomedicine Industry Association', industries: ['biomedicine', 'bio-manufacturing'] },
] as const satisfies readonly Association[]
