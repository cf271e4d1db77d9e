import { BadRequestException, ForbiddenException, NotFoundException, ServiceUnavailableException } from '@nestjs/common'
import { ThrottlerException } from '@nestjs/throttler'
import { describe, expect, it } from 'vitest'
import { ApiException, flattenValidationErrors, InputInvalidException, MAX_REPORTED_PROBLEMS, toErrorBody } from './error-shape.js'

describe('toErrorBody', () => {
  it.each([
    [new NotFoundException('Enterprise not found'), 404, 'Not Found', 'NOT_FOUND', 'Enterprise not found'],
    [new ForbiddenException(), 403, 'Forbidden', 'FORBIDDEN', 'Forbidden'],
    [new BadRequestException(['a is bad', 'b is bad']), 400, 'Bad Request', 'BAD_REQUEST', 'a is bad; b is bad'],
    [new ApiException(409, 'PROFILE_VERSION_CONFLICT', 'changed'), 409, 'Conflict', 'PROFILE_VERSION_CONFLICT', 'changed'],
    [new ThrottlerException(), 429, 'Too Many Requests', 'RATE_LIMITED', expect.any(String)],
  ])('maps %s', (exception, statusCode, error, code, message) => {
    expect(toErrorBody(exception, 'req-1')).toEqual({ statusCode, error, code, message, correlationId: 'req-1' })
  })

  it('keeps field details of invalid input', () => {
    const body = toErrorBody(new InputInvalidException([{ field: 'facts.revenue', code: 'TYPE', messages: ['must be an integer'] }]), 'r')
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'FIELD_INVALID',
      message: 'Request validation failed',
      details: [{ field: 'facts.revenue', code: 'TYPE', messages: ['must be an integer'] }],
      correlationId: 'r',
    })
  })

  it(`reports at most ${MAX_REPORTED_PROBLEMS} field problems and says how many more there were`, () => {
    const problems = Array.from({ length: 50 }, (_, i) => ({ field: `f${i}`, code: 'TYPE' as const, messages: ['bad'] }))
    const body = toErrorBody(new InputInvalidException(problems), 'r')
    expect(body.details).toHaveLength(MAX_REPORTED_PROBLEMS)
    expect(body.message).toBe('Request validation failed (30 more problems not shown)')
  })

  it.each([
    [{ statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', message: 'Body is not valid JSON' }, 400, 'MALFORMED_BODY'],
    [{ statusCode: 400, code: 'FST_ERR_CTP_EMPTY_JSON_BODY', message: 'empty' }, 400, 'MALFORMED_BODY'],
    [{ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' }, 413, 'PAYLOAD_TOO_LARGE'],
    [{ statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', message: 'Unsupported Media Type' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('maps the framework client error %j to its 4xx and code', (error, statusCode, code) => {
    const body = toErrorBody(Object.assign(new Error(error.message), error), 'r')
    expect(body).toMatchObject({ statusCode, code, message: error.message })
  })

  it('names the failing checks of a health check', () => {
    const terminus = new ServiceUnavailableException({ status: 'error', info: {}, error: { database: { status: 'down' } }, details: {} })
    expect(toErrorBody(terminus, 'r')).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Health check failed: database' })
  })

  it('hides internals of unexpected errors behind a 500', () => {
    const body = toErrorBody(new Error('connection string postgres://secret'), 'r')
    expect(body.statusCode).toBe(500)
    expect(body.code).toBe('INTERNAL_ERROR')
    expect(body.message).not.toContain('secret')
    expect(body.correlationId).toBe('r')
  })
})

describe('flattenValidationErrors', () => {
  it('names nested fields with dotted paths and a code per field', () => {
    expect(
      flattenValidationErrors([
        { property: 'name', constraints: { isString: 'name must be a string', maxLength: 'too long' }, children: [] },
        { property: 'extra', constraints: { whitelistValidation: 'property extra should not exist' }, children: [] },
        {
          property: 'contact',
          children: [{ property: 'phone', constraints: { matches: 'bad phone' }, children: [] }],
        },
      ]),
    ).toEqual([
      { field: 'name', code: 'TYPE', messages: ['name must be a string', 'too long'] },
      { field: 'extra', code: 'UNKNOWN_FIELD', messages: ['property extra should not exist'] },
      { field: 'contact.phone', code: 'FORMAT', messages: ['bad phone'] },
    ])
  })
})
