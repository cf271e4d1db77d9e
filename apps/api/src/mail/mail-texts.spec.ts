import { describe, expect, it } from 'vitest'
import { mailFor } from './mail-texts.js'

describe('e-mail copies of notifications', () => {
  // What an e-mail says is the kind, the appeal's number and title, and the link: never a note or a
  // reason, whoever it goes to (appeal-note-audience.ts keeps the handlers' notes from enterprises).
  it.each(['dispatched', 'accepted', 'returned', 'responded', 'closed', 'extension_requested', 'extension_approved', 'extension_refused', 'message', 'unknown'])('%s carries no note or reason', (kind) => {
    const mail = mailFor(kind, { number: 'SQ-2026-000001', title: '用地咨询', note: 'NOTE-SECRET', reason: 'REASON-SECRET', bureau: 'sheitc' }, 'https://web.example/appeals/1')
    expect(mail.subject).toContain('SQ-2026-000001')
    expect(mail.text).toContain('用地咨询')
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/SECRET/)
  })
})

describe('notification e-mails', () => {
  it('say a deadline as its working day, in both languages (never midnight of the next day)', () => {
    // the end of Friday 2026-12-11 as stored: Saturday 00:00 Shanghai
    const mail = mailFor('dispatched', { number: 'SQ-2026-000001', title: '用地指标', dueAt: '2026-12-11T16:00:00.000Z' }, 'http://admin/appeals/1')
    expect(mail.subject).toBe('【企业服务包】诉求已派单 SQ-2026-000001')
    expect(mail.text.split('\n')).toEqual([
      '诉求已派单：SQ-2026-000001「用地指标」',
      '办理时限：2026-12-11（周五）前',
      '请登录查看：http://admin/appeals/1',
      '',
      'An appeal was dispatched: SQ-2026-000001 “用地指标”',
      'Due: by Fri 2026-12-11',
      'Sign in to see it: http://admin/appeals/1',
    ])
    expect(mail.text).not.toContain('12-12')
  })

  it('has no deadline line without a deadline', () => {
    expect(mailFor('message', { number: 'SQ-2026-000001', title: 't' }, 'x').text).not.toMatch(/办理时限|Due:/)
  })
})
