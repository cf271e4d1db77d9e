import { describe, expect, it } from 'vitest'
import { answerOf } from './application-outcome.js'

describe("an application's answer", () => {
  it.each([
    ['granted without a reason: the standard sentence', 'granted', undefined, { ok: true, body: '【予以兑现】经审核，符合政策条件，予以兑现。', granted: true }],
    ['granted with a reason', 'granted', '请于月底前领取', { ok: true, body: '【予以兑现】请于月底前领取', granted: true }],
    ['more documents with a reason', 'more_info', '请补充审计报告', { ok: true, body: '【需补充材料】请补充审计报告', granted: false }],
    ['refused with a reason', 'refused', '投入未达标准', { ok: true, body: '【不符合】投入未达标准', granted: false }],
    ['refused without a reason: refused', 'refused', '  ', { ok: false, field: 'reason', problem: 'reason is required when the answer is refused' }],
    ['more documents without a reason: refused', 'more_info', null, { ok: false, field: 'reason', problem: 'reason is required when the answer is more_info' }],
  ] as const)('%s', (_name, outcome, reason, expected) => {
    expect(answerOf(outcome, reason)).toEqual(expected)
  })
})
