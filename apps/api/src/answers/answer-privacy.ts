/**
 * What in a public question or answer could identify the enterprise that asked (pure, table-tested):
 * its name (whole, or its distinctive part without place and company form), its USCC, its contact
 * person and phone; and, whatever the enterprise, anything shaped like a USCC, a phone number, an
 * e-mail address or an appeal number. A proposal that mentions any of them is refused with the list.
 */
export interface Identity {
  enterpriseName: string | null
  uscc: string | null
  contactName: string | null
  contactPhone: string | null
}

export type MentionKind = 'enterprise_name' | 'uscc' | 'contact_name' | 'contact_phone' | 'phone' | 'email' | 'appeal_number'

export interface Mention {
  kind: MentionKind
  text: string
}

const PLACES = /^(上海市?|中国|浦东新区|浦东|闵行|嘉定|宝山|松江|青浦|奉贤|金山|崇明|徐汇|长宁|静安|普陀|虹口|杨浦|黄浦|临港)/
const FORMS = /(股份有限公司|有限责任公司|有限公司|集团|公司|分公司|研究院|工厂|厂)$/
const TRADES = /(微电子|电子|科技|生物医药|生物|医药|智能装备|智能|装备|新材料|材料|半导体|汽车|信息技术|技术|实业|制造|工业|机械|化工|能源)+$/

/** The distinctive parts of a registered name: 上海芯联微电子有限公司 → 芯联微电子, 芯联. */
export function nameCores(name: string): string[] {
  const cores = new Set<string>()
  let core = name.trim().replace(FORMS, '').replace(PLACES, '').replace(FORMS, '')
  if (core.length >= 2) cores.add(core)
  core = core.replace(TRADES, '')
  if (core.length >= 2) cores.add(core)
  return [...cores]
}

const USCC_SHAPE = /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/gi
const PHONE_SHAPE = /(?<!\d)(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{7,8}|\d{8})(?!\d)/g
const EMAIL_SHAPE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const APPEAL_NUMBER = /SQ-\d{4}-\d{4,}/gi

const digits = (s: string) => s.replace(/\D/g, '')

export function identifyingMentions(text: string, who: Identity): Mention[] {
  const found: Mention[] = []
  const add = (kind: MentionKind, t: string) => {
    if (!found.some((m) => m.kind === kind && m.text === t)) found.push({ kind, text: t })
  }
  const upper = text.toUpperCase()
  if (who.enterpriseName) {
    if (text.includes(who.enterpriseName)) add('enterprise_name', who.enterpriseName)
    else for (const core of nameCores(who.enterpriseName)) if (text.includes(core)) add('enterprise_name', core)
  }
  if (who.uscc && upper.includes(who.uscc.toUpperCase())) add('uscc', who.uscc)
  if (who.contactName && who.contactName.trim().length >= 2 && text.includes(who.contactName.trim())) add('contact_name', who.contactName.trim())
  const textDigits = digits(text)
  if (who.contactPhone && digits(who.contactPhone).length >= 7 && textDigits.includes(digits(who.contactPhone))) add('contact_phone', who.contactPhone)
  for (const m of upper.matchAll(USCC_SHAPE)) if (!found.some((f) => f.kind === 'uscc' && f.text.toUpperCase() === m[0])) add('uscc', m[0])
  // a USCC's digits are no phone number
  for (const m of text.replace(USCC_SHAPE, ' ').matchAll(PHONE_SHAPE)) if (!(who.contactPhone && digits(m[0]) === digits(who.contactPhone))) add('phone', m[0])
  for (const m of text.matchAll(EMAIL_SHAPE)) add('email', m[0])
  for (const m of text.matchAll(APPEAL_NUMBER)) add('appeal_number', m[0])
  return found
}
