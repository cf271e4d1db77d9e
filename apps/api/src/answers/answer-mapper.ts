import { catalogues, measures, shanghaiDateOf } from '@servicepack/policy-rules'
import type { AnswerStatus } from './answer-state.js'
import type { AnswerCitationDto, AnswerDto } from './answers.dto.js'

const bureauName = new Map(catalogues.bureaus.map((b) => [b.code, b.zh]))
const measureById = new Map(measures.map((m) => [m.id, m]))

/** The measure's citation: the plan's document and clause, and the measure's name. */
export function citationOf(measureId: string | null): AnswerCitationDto | null {
  const m = measureId ? measureById.get(measureId) : undefined
  return m ? { text: `${m.reference.document} ${m.reference.clause}`, measureName: m.name.zh } : null
}

export interface AnswerFields {
  id: string
  status: string
  question: string
  answer: string
  measure_id: string | null
  category_code: string
  bureau: string
  published_at: Date | string | null
  supersedes_id: string | null
  superseded_by_id: string | null
}

export function toAnswerDto(r: AnswerFields): AnswerDto {
  return {
    id: r.id,
    question: r.question,
    answer: r.answer,
    measureId: r.measure_id,
    category: r.category_code,
    bureau: r.bureau,
    bureauName: bureauName.get(r.bureau) ?? r.bureau,
    date: r.published_at ? shanghaiDateOf(new Date(r.published_at)) : null,
    citation: citationOf(r.measure_id),
    status: r.status as AnswerStatus,
    supersededBy: r.superseded_by_id,
    supersedes: r.supersedes_id,
  }
}
