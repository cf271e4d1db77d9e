export type FakeFetch = (request: Request) => Promise<Response>

export const json =
  (status: number, body: unknown): FakeFetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** GET /api/health of a healthy API. */
export const healthyBody = {
  status: 'ok',
  info: { database: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' } },
}
