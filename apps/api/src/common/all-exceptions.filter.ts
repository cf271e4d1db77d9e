import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { toErrorBody } from './error-shape.js'

/** Renders every error in the one error shape, and logs server errors with the request id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors')

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp()
    const request = ctx.getRequest<FastifyRequest>()
    const reply = ctx.getResponse<FastifyReply>()
    const body = toErrorBody(exception, String(request.id))
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, correlationId: body.correlationId }, 'Unhandled error')
    }
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body)
  }
}
