import type { ApiClient, Schema } from '@servicepack/api-client'

/** 政策问答 (no sign-in): published answers, searched and filtered; the intake form's suggestion events. */
export type Answer = Schema<'AnswerDto'>
export type AnswerList = Schema<'AnswerListDto'>
/** The list's query (codes as the catalogues spell them; an unknown one is refused by the API). */
export type AnswerQuery = { q?: string; measureId?: string; category?: string; bureau?: string; page?: number; pageSize?: number }

export async function listAnswers(api: ApiClient, query: AnswerQuery): Promise<AnswerList> {
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''))
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- codes from the URL, checked by the API (400 for an unknown one)
  const { data } = await api.GET('/api/answers', { params: { query: clean as any } })
  return data!
}

export async function getAnswer(api: ApiClient, id: string): Promise<Answer> {
  const { data } = await api.GET('/api/answers/{id}', { params: { path: { id } } })
  return data!
}

export type SuggestionEvent = Schema<'SuggestionEventDto'>

/** Reports what became of the suggestions; survives the page being left (keepalive); never throws. */
export async function reportSuggestion(api: ApiClient, body: SuggestionEvent): Promise<void> {
  try {
    await api.POST('/api/answers/suggestion-events', { body, keepalive: true })
  } catch {
    // a lost beacon only makes the dashboard's count smaller
  }
}
