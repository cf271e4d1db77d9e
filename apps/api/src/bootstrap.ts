import 'reflect-metadata'
import { fastifyTrustProxy } from './config/trust-proxy.js'
import helmet from '@fastify/helmet'
import multipart from '@fastify/multipart'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger'
import { Logger } from 'nestjs-pino'
import { AppModule } from './app.module.js'
import { AllExceptionsFilter } from './common/all-exceptions.filter.js'
import { MAX_ATTACHMENT_BYTES } from './attachments/attachment-type.js'
import { ApiException, toErrorBody } from './common/error-shape.js'
import type { Clock } from './common/clock.js'
import { parseJsonBody } from './common/json-body.js'
import { requestIdFor } from './common/request-id.js'
import { TextPipe } from './common/text.pipe.js'
import { createValidationPipe } from './common/validation.js'
import type { Env } from './config/env.js'
import { StartupError } from './database/embedded.js'
import { migrateDatabase, pendingMigrations } from './database/migrate.js'
import { Readiness } from './health/readiness.js'

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Service Pack portal API (企业服务包门户)')
    .setDescription('Appeals, measures and notices of the Shanghai advanced-manufacturing service package. Errors share one shape: statusCode, error, code (stable, for the apps to choose their text), message (for developers), details (field problems, each with a code), correlationId.')
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build()
}

/** The routes that take multipart/form-data (everything else answers 415 to it). */
const MULTIPART_ROUTES = /^\/api\/appeals\/:id\/attachments$/

/** Largest body the API takes (1 MiB); JSON bodies are further bounded by JSON_BODY_LIMITS. */
export const BODY_LIMIT = 1024 * 1024

/** What a `worker` process serves over HTTP: its health, nothing else. */
const WORKER_ROUTES = /^\/api\/health(\/|\?|$)/

/**
 * Before the app module initialises: with DB_MIGRATE_ON_START, the migrations, pg-boss's schema and
 * queues under the advisory lock (N instances starting together apply each once); without it, a
 * database the migrate command has not brought up to date is refused in one line.
 */
async function prepareDatabase(env: Env, databaseUrl: string): Promise<void> {
  if (env.DB_MIGRATE_ON_START) {
    await migrateDatabase(databaseUrl)
    return
  }
  const pending = await pendingMigrations(databaseUrl)
  if (pending.length > 0) {
    throw new StartupError(`The database lacks ${pending.length} migration(s) (${pending[0]}…); run the migrate command (node apps/api/dist/migrate-main.js) first, or set DB_MIGRATE_ON_START=true.`)
  }
}

/** Builds the configured application (not listening). Used by main.ts, the tests and the benchmarks. */
export async function createApp(env: Env, databaseUrl: string, options: { clock?: Clock } = {}): Promise<{ app: NestFastifyApplication; document: OpenAPIObject }> {
  await prepareDatabase(env, databaseUrl)
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: fastifyTrustProxy(env.TRUST_PROXY),
    // Errors the router raises before Nest sees the request (a malformed or too long URL) in the one shape.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const body = toErrorBody(error, String(request.id))
      void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body)
    },
    genReqId: (req: import("node:http").IncomingMessage) => {
      const id = requestIdFor(req)
      // pino-http reads the raw request's id, so logs and the response header agree.
      ;(req as unknown as { id: string }).id = id
      return id
    },
  })
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, databaseUrl, options.clock), adapter, {
    bufferLogs: true,
    bodyParser: false, // JSON only (below); form and text bodies are 415 UNSUPPORTED_MEDIA_TYPE
  })
  app.useLogger(app.get(Logger))
  // Our JSON parser replaces Fastify's: bounded depth and size, one error code.
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT }, async (_req: unknown, body: Buffer) => parseJsonBody(body.toString('utf8')))
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain')
  app.setGlobalPrefix('api')
  app.useGlobalPipes(new TextPipe(), createValidationPipe())
  app.useGlobalFilters(new AllExceptionsFilter())

  const fastify = app.getHttpAdapter().getInstance()
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id)
    done()
  })
  if (env.PROCESS_ROLE === 'worker') {
    // A worker runs jobs; over HTTP it answers only its health (for the orchestrator).
    fastify.addHook('onRequest', (request, reply, done) => {
      if (WORKER_ROUTES.test(request.url)) return done()
      const body = toErrorBody(new ApiException(404, 'NOT_FOUND', 'This is a worker process: it serves only /api/health'), String(request.id))
      void reply.status(404).header('content-type', 'application/json; charset=utf-8').send(body)
    })
  }
  // While draining (SIGTERM), every answer closes its connection, so the server's close is not held by idle keep-alives.
  const readiness = app.get(Readiness)
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (readiness.draining) void reply.header('connection', 'close')
    done(null, payload)
  })
  // Multipart only where a route takes it (attachment uploads), one file at a time, bounded.
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 50 } })
  fastify.addHook('preValidation', (request, _reply, done) => {
    if (request.isMultipart() && !MULTIPART_ROUTES.test(request.routeOptions.url ?? '')) {
      done(new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', 'This route takes JSON, not multipart/form-data'))
    } else done()
  })
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
  })
  app.enableCors({
    origin: env.CORS_ORIGINS,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'If-Match', 'Idempotency-Key'],
    exposedHeaders: ['X-Request-Id', 'ETag', 'Content-Disposition', 'Retry-After'],
    maxAge: 600,
  })

  const document = SwaggerModule.createDocument(app, openApiConfig())
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml' })
  await app.init()
  await fastify.ready()
  return { app, document }
}
