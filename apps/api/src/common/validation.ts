import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common'
import { flattenValidationErrors, InputInvalidException } from './error-shape.js'

/**
 * The second global pipe: strips nothing silently — unknown fields are refused with their names.
 *
 * A single path or query parameter (`@Param('year')`) reaches its own pipe as the text that came:
 * Nest would otherwise coerce it by the handler's type first (`+'0x7EA'` → 2026, `+'2e3'` → 2000,
 * `+'2026.0'` → 2026), and the parameter's pipe would check a number the client never wrote.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.data && (metadata.type === 'param' || metadata.type === 'query')) return value
    return super.transformPrimitive(value, metadata)
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InputInvalidException(flattenValidationErrors(errors)),
  })
}
