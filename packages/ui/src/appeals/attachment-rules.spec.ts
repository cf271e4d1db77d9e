import { describe, expect, it } from 'vitest'
import { ATTACHMENT_ACCEPT, attachmentProblem, checkAttachments, formatFileSize, MAX_ATTACHMENT_BYTES } from './attachment-rules'

const file = (name: string, size = 1000, type = '') => ({ name, size, type })

describe('attachment rules (checked before an upload starts)', () => {
  it.each([
    ['申报材料.pdf', 'application/pdf'],
    ['photo.JPG', 'image/jpeg'],
    ['photo.jpeg', ''],
    ['scan.png', 'image/png'],
    ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['budget.xlsx', ''],
  ])('accepts %s (%s)', (name, type) => {
    expect(attachmentProblem(file(name, 1000, type))).toBeNull()
  })

  it.each([
    ['setup.exe', ''],
    ['old.doc', 'application/msword'],
    ['noextension', ''],
    ['renamed.pdf', 'application/x-msdownload'],
    ['archive.zip', 'application/zip'],
  ])('refuses the type of %s', (name, type) => {
    expect(attachmentProblem(file(name, 1000, type))).toBe('type')
  })

  it('refuses an empty file and one over 10 MB, on both sides of the limit', () => {
    expect(attachmentProblem(file('a.pdf', 0))).toBe('empty')
    expect(attachmentProblem(file('a.pdf', MAX_ATTACHMENT_BYTES))).toBeNull()
    expect(attachmentProblem(file('a.pdf', MAX_ATTACHMENT_BYTES + 1))).toBe('size')
  })

  it('keeps at most five per appeal, counting those already there', () => {
    const picked = ['1.pdf', '2.pdf', 'x.exe', '3.pdf'].map((n) => file(n))
    const { accepted, rejected } = checkAttachments(picked, 3)
    expect(accepted.map((f) => f.name)).toEqual(['1.pdf', '2.pdf'])
    expect(rejected.map((r) => [r.file.name, r.problem])).toEqual([
      ['x.exe', 'type'],
      ['3.pdf', 'count'],
    ])
  })

  it('offers the accepted types to the file chooser and says sizes in B, KB, MB', () => {
    expect(ATTACHMENT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.jpg', '.png', '.docx', '.xlsx', 'application/pdf']))
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(340 * 1024)).toBe('340 KB')
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1.3 MB')
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB')
  })
})
