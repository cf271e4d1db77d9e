import 'reflect-metadata'
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

/** Builds the configured application (not listening). Used by main.ts, the tests and the OpenAPI script. */
export async function createApp(env: Env, databaseUrl: string, options: { clock?: Clock } = {}): Promise<{ app: NestFastifyApplication; document: OpenAPIObject }> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: env.TRUST_PROXY,
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
