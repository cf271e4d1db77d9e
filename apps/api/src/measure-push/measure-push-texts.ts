/**
 * The e-mails of the push (issue 23 §3), in Chinese with English below. Pure. Only good news is
 * mailed: a measure that became the enterprise's (`measure_eligible`) and an application's answer
 * (`application_answered`); a measure no longer eligible is shown on the package page, never mailed.
 */
import { formatYuanRange, type AmountRange } from '@servicepack/policy-rules'

export interface MeasureEligibleData {
  measureId: string
  name: { zh: string; en: string }
  amount: AmountRange | null
  amountPerPerson: AmountRange | null
  /** Why, in Chinese (the engine's reasons from its trace). */
  reasons: string[]
  /** The clause, e.g. 沪府办规〔2025〕20号 (四). */
  reference: string
}

export interface ApplicationAnsweredData {
  number: string
  measureId: string
  name: { zh: string; en: string }
  outcome: 'granted' | 'more_info' | 'refused'
  reason: string
}

/** "500 万元", "200 万元—500 万元" (a space before the unit, as the subject line reads). */
export function spacedYuan(range: AmountRange, locale: 'zh' | 'en'): string {
  const text = formatYuanRange(range, locale)
  return locale === 'zh' ? text.replace(/(\d)(万元|亿元|元)/g, '$1 $2') : text
}

export function measureEligibleMail(data: MeasureEligibleData, link: string): { subject: string; text: string } {
  const moneyZh = data.amount ? `，预计 ${spacedYuan(data.amount, 'zh')}` : data.amountPerPerson ? `，每人预计 ${spacedYuan(data.amountPerPerson, 'zh')}` : ''
  const moneyEn = data.amount ? `, about ${spacedYuan(data.amount, 'en')}` : data.amountPerPerson ? `, about ${spacedYuan(data.amountPerPerson, 'en')} per person` : ''
  return {
    subject: `【企业服务包】新匹配政策：${data.name.zh}${moneyZh}`,
    text: [
      `新匹配政策：${data.name.zh}${moneyZh}（${data.reference}）`,
      '依据您填写的企业信息：',
      ...data.reasons.map((r) => `· ${r}`),
      '',
      '下一步：登录后在该政策页面点击「确认享受」，申请将直接送达牵头部门（1个工作日内签收，5个工作日内答复）；如信息有误，可「提出异议」。',
      `查看：${link}`,
      '',
      `A measure now applies to you: ${data.name.en}${moneyEn} (${data.reference})`,
      'Next: sign in and choose “Confirm” on the measure’s page; the application goes straight to the lead bureau. If something is wrong, raise an objection there.',
      `See it: ${link}`,
    ].join('\n'),
  }
}

const OUTCOME_ZH = { granted: '予以兑现', more_info: '需补充材料', refused: '不符合' } as const
const OUTCOME_EN = { granted: 'granted', more_info: 'more documents needed', refused: 'not eligible' } as const

export function applicationAnsweredMail(data: ApplicationAnsweredData, link: string): { subject: string; text: string } {
  return {
    subject: `【企业服务包】申请已答复：${data.name.zh}（${OUTCOME_ZH[data.outcome]}） ${data.number}`,
    text: [
      `您的申请 ${data.number}「${data.name.zh}」已答复：${OUTCOME_ZH[data.outcome]}`,
      ...(data.reason ? [`说明：${data.reason}`] : []),
      `查看：${link}`,
      '',
      `Your application ${data.number} “${data.name.en}” was answered: ${OUTCOME_EN[data.outcome]}`,
      `See it: ${link}`,
    ].join('\n'),
  }
}

export function outcomeZh(outcome: keyof typeof OUTCOME_ZH): string {
  return OUTCOME_ZH[outcome]
}
