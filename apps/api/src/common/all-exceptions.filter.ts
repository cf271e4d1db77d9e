import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { RETRY_AFTER_SECONDS } from './db-errors.js'
import { toErrorBody } from './error-shape.js'

/** Renders every error in the one error shape (with Retry-After where retrying helps), and logs server errors with the request id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors')

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp()
    const request = ctx.getRequest<FastifyRequest>()
    const reply = ctx.getResponse<FastifyReply>()
    const body = toErrorBody(exception, String(request.id))
    if (body.code === 'BUSY') {
      this.logger.warn({ err: exception, correlationId: body.correlationId }, 'Database busy')
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, correlationId: body.correlationId }, 'Unhandled error')
    }
    const retryAfter = RETRY_AFTER_SECONDS[body.code]
    if (retryAfter !== undefined && !reply.hasHeader('retry-after')) void reply.header('retry-after', String(retryAfter))
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body)
  }
}
