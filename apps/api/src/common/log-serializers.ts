import { stdSerializers } from 'pino'

/**
 * Errors as the logs keep them: pino's own serialisation (type, message, stack, code, cause…) without
 * the live objects a library hangs on an error. pg-pool sets `client` on the error an idle connection
 * emits (a terminated connection, a restart of PostgreSQL): serialised, that is the whole pg Client,
 * kilobytes a line, which buried the lines around it. pino-http hands a custom serializer the error
 * pino already serialised; a plain logger hands it the Error: both are kept the same way.
 */
const LIVE_OBJECT_KEYS = new Set(['client'])

export function errSerializer(err: unknown): unknown {
  const serialized: unknown = err instanceof Error ? stdSerializers.err(err) : err
  if (serialized === null || typeof serialized !== 'object') return serialized
  return Object.fromEntries(Object.entries(serialized).filter(([key]) => !LIVE_OBJECT_KEYS.has(key)))
}
