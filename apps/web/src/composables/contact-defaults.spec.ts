import { describe, expect, it } from 'vitest'
import { contactDefaults } from './contact-defaults'

const person = { name: '王明远', phone: '13800138000' }

describe('contactDefaults', () => {
  it.each([
    ['the enterprise names a contact: its contact and phone', { contactName: '赵敏', contactPhone: '021-5555 0101' }, person, { contactName: '赵敏', contactPhone: '021-5555 0101' }],
    ['the enterprise contact without a phone: never the signed-in person’s phone under another name', { contactName: '赵敏', contactPhone: null }, person, { contactName: '赵敏', contactPhone: '' }],
    ['no contact: the signed-in person, with the token’s phone', { contactName: null, contactPhone: null }, person, { contactName: '王明远', contactPhone: '13800138000' }],
    ['no contact but a switchboard: the person at the enterprise’s phone', { contactName: '  ', contactPhone: '021-6000 0000' }, person, { contactName: '王明远', contactPhone: '021-6000 0000' }],
    ['no contact, no phone anywhere: the name only', { contactName: null, contactPhone: null }, { name: '王明远', phone: null }, { contactName: '王明远', contactPhone: '' }],
    ['the profile could not be read: the signed-in person', null, person, { contactName: '王明远', contactPhone: '13800138000' }],
    ['nobody known', null, null, { contactName: '', contactPhone: '' }],
  ])('%s', (_case, enterprise, user, expected) => {
    expect(contactDefaults(enterprise, user)).toEqual(expected)
  })
})
