import 'reflect-metadata'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger'
import { AppModule } from './app.module.js'
import { openApiConfig } from './bootstrap.js'
import { loadEnv } from './config/env.js'

/** The OpenAPI document, built in Nest's preview mode (no providers run, no database needed). */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const env = loadEnv({ ...process.env, LOG_LEVEL: 'silent', DB_MIGRATE_ON_START: 'false' })
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env, 'postgresql://preview@127.0.0.1:1/preview'),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  )
  app.setGlobalPrefix('api')
  const document = SwaggerModule.createDocument(app, openApiConfig())
  await app.close().catch(() => undefined)
  return document
}
