/** An application's answers (issue 23 §3), as the lead bureau gives them. */
export const OUTCOMES = ['granted', 'more_info', 'refused'] as const
export type Outcome = (typeof OUTCOMES)[number]

const ZH: Record<Outcome, string> = { granted: '予以兑现', more_info: '需补充材料', refused: '不符合' }

/**
 * What an answer needs and writes (pure): a reason is required unless the measure is granted; the
 * answer the enterprise reads starts with the outcome in brackets; only 予以兑现 counts as granted in
 * the funnel. Returns a problem (field and text) instead of an answer when the input cannot be one.
 */
export function answerOf(outcome: Outcome, reason: string | null | undefined): { ok: true; body: string; granted: boolean } | { ok: false; field: 'reason'; problem: string } {
  const why = (reason ?? '').trim()
  if (outcome !== 'granted' && why.length === 0) return { ok: false, field: 'reason', problem: `reason is required when the answer is ${outcome}` }
  const body = `【${ZH[outcome]}】${why || '经审核，符合政策条件，予以兑现。'}`
  return { ok: true, body, granted: outcome === 'granted' }
}
