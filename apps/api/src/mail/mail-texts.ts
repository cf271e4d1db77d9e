/**
 * The e-mail copy of a notification, in Chinese with English below (the apps word in-app
 * notifications themselves, by kind). Pure. A deadline reads as its working day ("2026-12-11（周五）前").
 */
import { formatDueDay } from '@servicepack/policy-rules'
import { applicationAnsweredMail, measureEligibleMail, type ApplicationAnsweredData, type MeasureEligibleData } from '../measure-push/measure-push-texts.js'

const zh: Record<string, string> = {
  submitted: '新诉求待派单',
  dispatched: '诉求已派单',
  assisting: '请协办诉求',
  accepted: '诉求已签收',
  returned: '诉求被退回',
  opinion: '协办单位已提出意见',
  opinion_skipped: '主办单位未等待协办意见已答复',
  responded: '诉求已答复，请评价',
  message: '诉求有新留言',
  reminder: '诉求即将超期（催办）',
  overdue: '诉求已超期',
  rated: '诉求已评价',
  reopened: '诉求不满意，已重办',
  closed: '诉求已办结',
  withdrawn: '诉求已撤回',
  extension_requested: '延期申请待审批',
  extension_approved: '延期申请已批准',
  extension_refused: '延期申请未批准',
  notice_published: '新的培训/宣讲通知',
  notice_changed: '您报名的活动有变更',
  notice_cancelled: '您报名的活动已取消',
  notice_promoted: '候补转为正式报名',
  notice_reminder: '您报名的活动明天举行',
  answer_proposed: '新的政策问答待审核',
  answer_published: '您咨询的问题已（匿名）收入政策问答',
  answer_declined: '政策问答提议未采纳',
  measure_eligible: '新匹配政策',
  application_answered: '申请已答复',
}
const en: Record<string, string> = {
  submitted: 'A new appeal waits for dispatch',
  dispatched: 'An appeal was dispatched',
  assisting: 'Please assist with an appeal',
  accepted: 'Your appeal was accepted',
  returned: 'An appeal was returned',
  opinion: 'An assisting bureau gave its opinion',
  opinion_skipped: 'The lead bureau answered without waiting for your opinion',
  responded: 'Your appeal was answered: please rate it',
  message: 'A new message on an appeal',
  reminder: 'An appeal is due soon',
  overdue: 'An appeal is overdue',
  rated: 'An appeal was rated',
  reopened: 'An appeal was rated unsatisfied and reopened',
  closed: 'An appeal was closed',
  withdrawn: 'An appeal was withdrawn',
  extension_requested: 'An extension request waits for approval',
  extension_approved: 'The extension was approved',
  extension_refused: 'The extension was refused',
  notice_published: 'A new training or briefing notice for you',
  notice_changed: 'An event you registered for has changed',
  notice_cancelled: 'An event you registered for was cancelled',
  notice_promoted: 'You moved from the waitlist to a seat',
  notice_reminder: 'An event you registered for is tomorrow',
  answer_proposed: 'A policy Q&A entry waits for review',
  answer_published: 'Your question was published (anonymised) in the policy Q&A',
  answer_declined: 'A policy Q&A proposal was declined',
  measure_eligible: 'A measure now applies to you',
  application_answered: 'Your application was answered',
}

export function mailFor(kind: string, data: Record<string, unknown>, link: string): { subject: string; text: string } {
  // the push's own mails (issue 23 §3) carry their amount, reasons and next step
  if (kind === 'measure_eligible') return measureEligibleMail(data as unknown as MeasureEligibleData, link)
  if (kind === 'application_answered') return applicationAnsweredMail(data as unknown as ApplicationAnsweredData, link)
  const number = typeof data.number === 'string' ? data.number : ''
  const title = typeof data.title === 'string' ? data.title : ''
  const headZh = zh[kind] ?? '企业服务包通知'
  const headEn = en[kind] ?? 'Service Pack notification'
  const dueAt = typeof data.dueAt === 'string' ? data.dueAt : ''
  const dueZh = dueAt ? formatDueDay(dueAt, 'zh') : ''
  const dueEn = dueAt ? formatDueDay(dueAt, 'en') : ''
  return {
    subject: `【企业服务包】${headZh}${number ? ` ${number}` : ''}`,
    text: [
      `${headZh}${number ? `：${number}` : ''}${title ? `「${title}」` : ''}`,
      ...(dueZh ? [`办理时限：${dueZh}`] : []),
      `请登录查看：${link}`,
      '',
      `${headEn}${number ? `: ${number}` : ''}${title ? ` “${title}”` : ''}`,
      ...(dueEn ? [`Due: ${dueEn}`] : []),
      `Sign in to see it: ${link}`,
    ].join('\n'),
  }
}
