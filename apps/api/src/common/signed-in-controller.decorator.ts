import { applyDecorators, Controller } from '@nestjs/common'
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger'
import { ApiErrors } from './api-errors.decorator.js'

/**
 * A controller of signed-in routes at `path`: its OpenAPI tag, the bearer token, and the refusals every
 * such route may answer (401 no or a bad token, 403 not the caller's role, 429 rate limited).
 */
export function SignedInController(tag: string, path: string): ClassDecorator {
  return applyDecorators(ApiTags(tag), ApiBearerAuth(), ApiErrors(401, 403, 429), Controller(path))
}
