import { ValidationPipe } from '@nestjs/common'
import { flattenValidationErrors, InputInvalidException } from './error-shape.js'

/** The second global pipe: strips nothing silently — unknown fields are refused with their names. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InputInvalidException(flattenValidationErrors(errors)),
  })
}
