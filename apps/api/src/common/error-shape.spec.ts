import { BadRequestException, ForbiddenException, NotFoundException, ServiceUnavailableException } from '@nestjs/common'
import { describe, expect, it } from 'vitest'
import { flattenValidationErrors, InputInvalidException, toErrorBody } from './error-shape.js'

describe('toErrorBody', () => {
  it.each([
    [new NotFoundException('Enterprise not found'), 404, 'Not Found', 'Enterprise not found'],
    [new ForbiddenException(), 403, 'Forbidden', 'Forbidden'],
    [new BadRequestException(['a is bad', 'b is bad']), 400, 'Bad Request', 'a is bad; b is bad'],
  ])('maps %s', (exception, statusCode, error, message) => {
    expect(toErrorBody(exception, 'req-1')).toEqual({ statusCode, error, message, correlationId: 'req-1' })
  })

  it('keeps field details of invalid input', () => {
    const body = toErrorBody(new InputInvalidException([{ field: 'facts.revenue', messages: ['must be an integer'] }]), 'r')
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request validation failed',
      details: [{ field: 'facts.revenue', messages: ['must be an integer'] }],
      correlationId: 'r',
    })
  })

  it('maps framework client errors (e.g. malformed JSON) to their 4xx', () => {
    const body = toErrorBody(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }), 'r')
    expect(body.statusCode).toBe(400)
    expect(body.message).toBe('Body is not valid JSON')
  })

  it('names the failing checks of a health check', () => {
    const terminus = new ServiceUnavailableException({ status: 'error', info: {}, error: { database: { status: 'down' } }, details: {} })
    expect(toErrorBody(terminus, 'r')).toMatchObject({ statusCode: 503, message: 'Health check failed: database' })
  })

  it('hides internals of unexpected errors behind a 500', () => {
    const body = toErrorBody(new Error('connection string postgres://secret'), 'r')
    expect(body.statusCode).toBe(500)
    expect(body.message).not.toContain('secret')
    expect(body.correlationId).toBe('r')
  })
})

describe('flattenValidationErrors', () => {
  it('names nested fields with dotted paths', () => {
    expect(
      flattenValidationErrors([
        { property: 'name', constraints: { isString: 'name must be a string' }, children: [] },
        {
          property: 'contact',
          children: [{ property: 'phone', constraints: { isPhone: 'bad phone' }, children: [] }],
        },
      ]),
    ).toEqual([
      { field: 'name', messages: ['name must be a string'] },
      { field: 'contact.phone', messages: ['bad phone'] },
    ])
  })
})
