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
