import { describe, expect, it } from 'vitest'
import { accountName, stewardChanges, stewardIdentity, type StewardAccount, type StewardIdentity } from './steward.js'

const chen: StewardAccount = { sub: 's-chen', username: 'coordinator', name: '晓东 陈', email: 'c@x.cn' }
const wang: StewardAccount = { sub: 's-wang', username: 'coordinator-2', name: '王芳', email: null }
const otherWang: StewardAccount = { sub: 's-wang-2', username: 'wangfang', name: '王芳', email: null }
const none = { stewardSub: null, stewardPhone: null, stewardLegacyName: null, stewardLegacyEmail: null }
const id = (a: StewardAccount, phone: string): StewardIdentity => ({ sub: a.sub, username: a.username, name: accountName(a), phone })
const legacy: StewardIdentity = { sub: null, username: null, name: '张三', phone: '021-1' }

describe('accountName', () => {
  it.each([
    [{ username: 'u', name: '王芳' }, '王芳'],
    // Keycloak's `name` claim is "given family": written family name first
    [{ username: 'u', name: '晓东 陈' }, '陈晓东'],
    [{ username: 'u', name: 'Ada Lovelace' }, 'Ada Lovelace'],
    [{ username: 'u', name: null }, 'u'],
    [{ username: 'u', name: '  ' }, 'u'],
  ])('%j → %s', (account, name) => expect(accountName(account)).toBe(name))
})

describe('stewardIdentity', () => {
  it.each([
    ['no steward', none, null, null],
    ['an account', { ...none, stewardSub: chen.sub, stewardPhone: '021-2' }, chen, { sub: chen.sub, username: 'coordinator', name: '陈晓东', phone: '021-2' }],
    ['a legacy name (migration could not link it)', { ...none, stewardLegacyName: '张三', stewardPhone: '021-1', stewardLegacyEmail: 'z@x.cn' }, null, legacy],
    ['an account wins over a leftover legacy name', { ...none, stewardSub: wang.sub, stewardLegacyName: '张三', stewardPhone: '021-3' }, wang, { sub: wang.sub, username: 'coordinator-2', name: '王芳', phone: '021-3' }],
  ] as const)('%s', (_, columns, account, expected) => {
    expect(stewardIdentity(columns, account)).toEqual(expected)
  })
})

describe('stewardChanges', () => {
  it.each<[string, StewardIdentity | null, StewardIdentity, { field: string; from: unknown; to: unknown }[]]>([
    ['first assignment', null, id(chen, '021-2'), [{ field: 'steward', from: null, to: '陈晓东' }, { field: 'steward.phone', from: null, to: '021-2' }]],
    ['the same account and phone: nothing', id(chen, '021-2'), id(chen, '021-2'), []],
    ['only the phone', id(chen, '021-2'), id(chen, '021-9'), [{ field: 'steward.phone', from: '021-2', to: '021-9' }]],
    ['another account, same phone', id(chen, '021-2'), id(wang, '021-2'), [{ field: 'steward', from: '陈晓东', to: '王芳' }]],
    ['legacy → account', legacy, id(wang, '021-1'), [{ field: 'steward', from: '张三', to: '王芳' }]],
    ['legacy → account of the same name still shows a change', { ...legacy, name: '王芳' }, id(wang, '021-1'), [{ field: 'steward', from: '王芳', to: '王芳（coordinator-2）' }]],
    ['two people of one name', id(wang, '021-1'), id(otherWang, '021-1'), [{ field: 'steward', from: '王芳（coordinator-2）', to: '王芳（wangfang）' }]],
  ])('%s', (_, current, next, changes) => {
    expect(stewardChanges(current, next)).toEqual(changes)
  })
})
