/** The action plan every measure of this package comes from. */
export const PLAN = {
  document: '沪府办规〔2025〕20号',
  title: {
    zh: '上海市支持先进制造业转型升级三年行动方案(2026—2028年)',
    en: 'Shanghai Three-Year Action Plan to Support the Transformation and Upgrading of Advanced Manufacturing (2026–2028)',
  },
  /** "本方案自 2026 年 1 月 1 日起实施，有效期至 2028 年 12 月 31 日。" */
  period: { from: '2026-01-01', to: '2028-12-31' },
} as const
