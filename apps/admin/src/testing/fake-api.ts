import type { FakeFetch } from './setup'

/** One request as the fake API saw it. */
export interface ApiCall {
  method: string
  path: string
  query: Record<string, string>
  /** Every value of each query parameter (an array goes as repeated parameters). */
  queryAll: Record<string, string[]>
  body: unknown
  authorization: string | null
}

type Reply = { status?: number; body: unknown; contentType?: string; headers?: Record<string, string> }
type Handler = (call: ApiCall) => Reply | Promise<Reply>

/**
 * A fake API at the fetch boundary: `'GET /api/enterprises'` → handler. Records every call;
 * an unknown route answers 404 in the API's error shape.
 */
export function fakeApi(handlers: Record<string, Handler | Reply>) {
  const calls: ApiCall[] = []
  const fetch: FakeFetch = async (request) => {
    const url = new URL(request.url)
    const text = request.method === 'GET' ? '' : await request.text()
    const call: ApiCall = {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      queryAll: [...url.searchParams.keys()].reduce<Record<string, string[]>>((all, key) => ({ ...all, [key]: url.searchParams.getAll(key) }), {}),
      body: text ? JSON.parse(text) : undefined,
      authorization: request.headers.get('authorization'),
    }
    calls.push(call)
    const handler = handlers[`${call.method} ${call.path}`]
    const reply: Reply = !handler
      ? { status: 404, body: { statusCode: 404, error: 'Not Found', message: `no route ${call.path}`, correlationId: 'c-404' } }
      : typeof handler === 'function'
        ? await handler(call)
        : handler
    const contentType = reply.contentType ?? 'application/json'
    const payload = contentType === 'application/json' ? JSON.stringify(reply.body) : String(reply.body)
    return new Response(payload, { status: reply.status ?? 200, headers: { 'content-type': contentType, ...reply.headers } })
  }
  const last = (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path).at(-1)
  return { fetch, calls, last }
}
