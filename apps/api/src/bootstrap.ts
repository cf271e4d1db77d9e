import 'reflect-metadata'
import helmet from '@fastify/helmet'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger'
import { Logger } from 'nestjs-pino'
import { AppModule } from './app.module.js'
import { AllExceptionsFilter } from './common/all-exceptions.filter.js'
import { requestIdFor } from './common/request-id.js'
import { createValidationPipe } from './common/validation.js'
import type { Env } from './config/env.js'

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Service Pack portal API (企业服务包门户)')
    .setDescription('Appeals, measures and notices of the Shanghai advanced-manufacturing service package. Errors share one shape: statusCode, error, message, details, correlationId.')
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build()
}

/** Builds the configured application (not listening). Used by main.ts, the tests and the OpenAPI script. */
export async function createApp(env: Env, databaseUrl: string): Promise<{ app: NestFastifyApplication; document: OpenAPIObject }> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    genReqId: (req: import("node:http").IncomingMessage) => {
      const id = requestIdFor(req)
      // pino-http reads the raw request's id, so logs and the response header agree.
      ;(req as unknown as { id: string }).id = id
      return id
    },
  })
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, databaseUrl), adapter, {
    bufferLogs: true,
  })
  app.useLogger(app.get(Logger))
  app.setGlobalPrefix('api')
  app.useGlobalPipes(createValidationPipe())
  app.useGlobalFilters(new AllExceptionsFilter())

  const fastify = app.getHttpAdapter().getInstance()
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id)
    done()
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
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'If-Match'],
    exposedHeaders: ['X-Request-Id', 'ETag', 'Content-Disposition'],
    maxAge: 600,
  })

  const document = SwaggerModule.createDocument(app, openApiConfig())
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml' })
  await app.init()
  await fastify.ready()
  return { app, document }
}
