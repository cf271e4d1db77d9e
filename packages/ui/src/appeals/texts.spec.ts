import { describe, expect, it } from 'vitest'
import type { Translate } from '../errors/error-text'
import { testI18n } from '../testing/i18n'
import { bureauList, categoryName, eventActionText, eventActorText, eventDetailText, measureName, notificationText } from './texts'

const zh = testI18n('zh-CN').global.t as Translate
const en = testI18n('en').global.t as Translate
const base = { number: 'SQ-2026-000123', title: '基础研究补助申报咨询' }

describe('notification texts, by kind, in both languages', () => {
  it.each([
    ['submitted', { ...base, enterprise: '上海芯联微电子有限公司' }, '上海芯联微电子有限公司提交了新诉求 SQ-2026-000123「基础研究补助申报咨询」，待派单'],
    ['dispatched', { ...base, dueAt: '2026-09-30T16:00:00.000Z' }, '诉求 SQ-2026-000123「基础研究补助申报咨询」已派至本单位主办，请于 2026-09-30（周三）前签收'],
    ['dispatched', { ...base, leadBureau: 'sheitc' }, '您的诉求 SQ-2026-000123「基础研究补助申报咨询」已转交市经济信息化委办理'],
    ['assisting', base, '诉求 SQ-2026-000123「基础研究补助申报咨询」请本单位协办，请提出协办意见'],
    ['accepted', { ...base, dueAt: '2026-10-12T16:00:00.000Z' }, '您的诉求 SQ-2026-000123「基础研究补助申报咨询」已签收，答复时限 2026-10-12（周一）前'],
    ['returned', { ...base, bureau: 'stcsm', reason: '应由市规划资源局主办' }, '诉求 SQ-2026-000123「基础研究补助申报咨询」被市科委退回：应由市规划资源局主办'],
    ['opinion', { ...base, bureau: 'stcsm' }, '市科委对诉求 SQ-2026-000123「基础研究补助申报咨询」提出了协办意见'],
    ['opinion_skipped', { ...base, bureau: 'sheitc', reason: '企业急需答复' }, '市经济信息化委未等待本单位的协办意见，已答复诉求 SQ-2026-000123「基础研究补助申报咨询」：企业急需答复'],
    ['responded', base, '您的诉求 SQ-2026-000123「基础研究补助申报咨询」已答复，请评价'],
    ['message', base, '诉求 SQ-2026-000123「基础研究补助申报咨询」有新留言'],
    ['reminder', { ...base, dueAt: '2026-10-12T16:00:00.000Z', stage: 'answer' }, '催办：诉求 SQ-2026-000123「基础研究补助申报咨询」办理时限 2026-10-12（周一）前'],
    ['overdue', { ...base, dueAt: '2026-10-12T16:00:00.000Z' }, '诉求 SQ-2026-000123「基础研究补助申报咨询」已超期（时限 2026-10-12（周一）前）'],
    ['rated', { ...base, rating: 'basically_satisfied', resolved: true }, '诉求 SQ-2026-000123「基础研究补助申报咨询」已评价：基本满意'],
    ['reopened', { ...base, rating: 'unsatisfied' }, '诉求 SQ-2026-000123「基础研究补助申报咨询」评价为不满意，已退回重新办理'],
    ['closed', base, '诉求 SQ-2026-000123「基础研究补助申报咨询」已办结'],
    ['closed', { ...base, auto: true }, '诉求 SQ-2026-000123「基础研究补助申报咨询」评价期满，已自动办结'],
    ['withdrawn', base, '诉求 SQ-2026-000123「基础研究补助申报咨询」已被企业撤回'],
    ['extension_requested', { ...base, workingDays: 3 }, '诉求 SQ-2026-000123「基础研究补助申报咨询」申请延期 3 个工作日，待审批'],
    ['extension_approved', { ...base, workingDays: 3, dueAt: '2026-10-22T16:00:00.000Z' }, '诉求 SQ-2026-000123「基础研究补助申报咨询」延期 3 个工作日已批准，新时限 2026-10-22（周四）前'],
    ['extension_refused', { ...base, workingDays: 3 }, '诉求 SQ-2026-000123「基础研究补助申报咨询」的延期申请未获批准'],
    ['something_new', base, '诉求 SQ-2026-000123「基础研究补助申报咨询」有新动态'],
  ])('%s → %s', (kind, data, text) => {
    expect(notificationText({ kind, data }, zh, 'zh')).toBe(text)
  })

  it('says them in English too, with bureau names from the catalogue, never a raw key', () => {
    expect(notificationText({ kind: 'dispatched', data: { ...base, leadBureau: 'stcsm' } }, en, 'en')).toBe(
      'Your appeal SQ-2026-000123 “基础研究补助申报咨询” was passed to Municipal Science and Technology Commission',
    )
    expect(notificationText({ kind: 'rated', data: { ...base, rating: 'unsatisfied' } }, en, 'en')).toBe('Appeal SQ-2026-000123 “基础研究补助申报咨询” was rated: Unsatisfied')
    for (const kind of ['submitted', 'reminder', 'overdue', 'extension_approved', 'whatever']) {
      expect(notificationText({ kind, data: {} }, en, 'en')).not.toMatch(/ui\.|\{/)
    }
  })
})

describe('notice notification texts', () => {
  const notice = { noticeId: 'n1', title: '集成电路政策解读会', startsAt: '2026-12-17T01:00:00.000Z', association: 'sh-ic-association' }
  it.each([
    ['notice_published', '上海市集成电路行业协会发布了培训通知「集成电路政策解读会」（2026-12-17 09:00），欢迎报名'],
    ['notice_promoted', '候补转正：您已获得「集成电路政策解读会」的名额'],
    ['notice_reminder', '提醒：您报名的「集成电路政策解读会」将于 2026-12-17 09:00 举行'],
    ['notice_cancelled', '您报名的「集成电路政策解读会」已取消'],
  ])('%s', (kind, text) => {
    expect(notificationText({ kind, data: notice }, zh, 'zh')).toBe(text)
  })
  it('in English, with the association’s name', () => {
    expect(notificationText({ kind: 'notice_published', data: notice }, en, 'en')).toBe('Shanghai Integrated Circuit Industry Association published “集成电路政策解读会” (2026-12-17 09:00): registration is open')
    for (const kind of ['notice_changed', 'notice_promoted', 'notice_reminder', 'notice_cancelled']) expect(notificationText({ kind, data: notice }, en, 'en')).not.toMatch(/ui\.|\{/)
  })
})

describe('timeline texts', () => {
  it('names who acted (party, bureau) and what they did', () => {
    expect(eventActorText({ party: 'lead', actorBureau: 'sheitc' }, zh, 'zh')).toBe('主办单位 · 市经济信息化委')
    expect(eventActorText({ party: 'owner', actorBureau: null }, zh, 'zh')).toBe('企业')
    expect(eventActorText({ party: 'assisting', actorBureau: 'stcsm' }, en, 'en')).toBe('Assisting bureau · Municipal Science and Technology Commission')
    expect(eventActionText({ action: 'accept' }, zh)).toBe('签收了诉求')
    expect(eventActionText({ action: 'auto_close' }, zh)).toBe('评价期满，诉求自动办结')
    expect(eventActionText({ action: 'detach' }, zh)).toBe('删除了附件')
    expect(eventActionText({ action: 'future_action' }, zh)).toBe('更新了诉求')
  })

  it('names people by name and unit, never by login; the enterprise sees the handlers’ units only', () => {
    expect(eventActorText({ party: 'lead', actorBureau: 'sheitc', actorName: '赵立新' }, zh, 'zh')).toBe('主办单位 · 市经济信息化委 赵立新')
    expect(eventActorText({ party: 'coordinator', actorBureau: null, actorName: '陈晓东' }, zh, 'zh')).toBe('陈晓东（协调员）')
    expect(eventActorText({ party: 'owner', actorBureau: null, actorName: '王明远' }, zh, 'zh')).toBe('王明远（企业）')
    expect(eventActorText({ party: 'coordinator', actorBureau: null, actorName: 'Chen Xiaodong' }, en, 'en')).toBe('Chen Xiaodong (Coordinator)')
    expect(eventActorText({ party: 'coordinator', actorBureau: null, actorName: null }, zh, 'zh')).toBe('协调员')
    expect(eventActorText({ party: 'system', actorBureau: null, actorName: 'x' }, zh, 'zh')).toBe('系统')
    // withNames off (the enterprise's app): the officer stays a unit, the enterprise's own people keep their names
    expect(eventActorText({ party: 'lead', actorBureau: 'sheitc', actorName: '赵立新' }, zh, 'zh', false)).toBe('主办单位 · 市经济信息化委')
    expect(eventActorText({ party: 'owner', actorBureau: null, actorName: '王明远' }, zh, 'zh', false)).toBe('王明远（企业）')
  })

  it('words the details an event carries: bureaus of a dispatch, a rating, working days', () => {
    expect(eventDetailText({ action: 'dispatch', note: null, data: { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' } }, zh, 'zh')).toBe(
      '主办：市经济信息化委；协办：市科委；简单诉求（5个工作日）',
    )
    expect(eventDetailText({ action: 'dispatch', note: null, data: { leadBureau: 'planning', assistingBureaus: [], complexity: 'complex' } }, zh, 'zh')).toBe(
      '主办：市规划资源局；协办：无；复杂诉求（15个工作日）',
    )
    // the demo seed's events carry no data: nothing rather than half a sentence
    expect(eventDetailText({ action: 'dispatch', note: null, data: null }, zh, 'zh')).toBe('')
    expect(eventDetailText({ action: 'rate', note: null, data: { resolved: false, rating: 'unsatisfied', reopened: true } }, zh, 'zh')).toBe(
      '未解决 · 不满意。评价不满意，诉求退回主办单位重新办理',
    )
    expect(eventDetailText({ action: 'rate', note: '没有说明材料清单', data: { resolved: false, rating: 'unsatisfied', reopened: true, answerDueAt: '2026-12-18T16:00:00.000Z' } }, zh, 'zh')).toBe(
      '未解决 · 不满意。评价不满意，诉求退回主办单位重新办理，新的答复时限 2026-12-18（周五）前',
    )
    expect(eventDetailText({ action: 'respond', note: '答复', data: { answerDays: 2, skippedAssisting: ['stcsm'], skipReason: '企业急需答复' } }, zh, 'zh')).toBe('未等待协办意见（市科委）答复，原因：企业急需答复')
    expect(eventDetailText({ action: 'respond', note: '答复', data: { answerDays: 2 } }, zh, 'zh')).toBe('')
    expect(eventDetailText({ action: 'approve_extension', note: null, data: { workingDays: 3, answerDueAt: '2026-10-22T16:00:00.000Z' } }, zh, 'zh')).toBe(
      '延期 3 个工作日，新的答复时限 2026-10-22（周四）前',
    )
    expect(eventDetailText({ action: 'attach', note: '申报材料.pdf', data: null }, zh, 'zh')).toBe('附件：申报材料.pdf')
    expect(eventDetailText({ action: 'detach', note: '申报材料.pdf', data: null }, zh, 'zh')).toBe('附件：申报材料.pdf')
    expect(eventDetailText({ action: 'message', note: 'hi', data: null }, zh, 'zh')).toBe('')
  })

  it('names categories, measures and bureau lists from the catalogues', () => {
    expect(categoryName('land', 'zh')).toBe('用地')
    expect(categoryName('land', 'en')).toBe('Land and premises')
    expect(measureName('basic-research', 'zh')).toContain('基础研究')
    expect(measureName(null, 'zh')).toBeNull()
    expect(bureauList(['sheitc', 'stcsm'], 'zh')).toBe('市经济信息化委、市科委')
  })
})

describe('the push notifications (issue 23 §3)', () => {
  it.each([
    [{ kind: 'measure_eligible', data: { measureId: 'basic-research', name: { zh: '基础研究投入财政补助', en: 'Basic-research investment grant' }, amount: { min: 5_000_000, max: 5_000_000 } } }, '新匹配政策：基础研究投入财政补助，预计 500万元。可在政策页面确认享受'],
    [{ kind: 'measure_eligible', data: { measureId: 'basic-research', name: { zh: '基础研究投入财政补助', en: 'x' }, amount: null } }, '新匹配政策：基础研究投入财政补助。可在政策页面确认享受'],
    [{ kind: 'application_answered', data: { number: 'SQ-2026-000001', measureId: 'basic-research', name: { zh: '基础研究投入财政补助', en: 'x' }, outcome: 'granted' } }, '您的申请 SQ-2026-000001「基础研究投入财政补助」已答复：予以兑现'],
  ])('%#: in Chinese', (n, text) => {
    expect(notificationText(n, zh, 'zh')).toBe(text)
  })
})
