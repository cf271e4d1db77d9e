import { describe, expect, it } from 'vitest'
import { allowedTypeOf, contentDisposition, safeFileName } from './attachment-type.js'

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)])

describe('allowedTypeOf (by content, not name)', () => {
  it.each([
    ['a PDF', pdf, 'application/pdf'],
    ['a PNG', png, 'image/png'],
    ['a Windows executable', exe, null],
    ['an ELF executable', elf, null],
    ['plain text', Buffer.from('hello, this is not a document'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s → %s', async (_, bytes, mime) => {
    expect(await allowedTypeOf(bytes)).toBe(mime)
  })
})

describe('safeFileName', () => {
  it.each([
    ['申报材料.pdf', 'application/pdf', '申报材料.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\x\\scan.PDF', 'application/pdf', 'scan.pdf'],
    ['invoice.exe', 'application/pdf', 'invoice.pdf'], // the extension follows the content
    ['evil\u202Efdp.exe', 'application/pdf', 'evilfdp.pdf'],
    ['"quoted".png', 'image/png', 'quoted.png'],
    ['', 'image/png', 'attachment.png'],
  ])('%j (%s) → %j', (name, mime, safe) => {
    expect(safeFileName(name, mime)).toBe(safe)
  })
})

describe('contentDisposition', () => {
  it('always says attachment, with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('申报材料.pdf')).toBe(`attachment; filename="____.pdf"; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E6%9D%90%E6%96%99.pdf`)
  })
})
