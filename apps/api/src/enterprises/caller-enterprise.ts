import { Injectable, type PipeTransform } from '@nestjs/common'
import { CurrentUser } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import { EnterpriseBinding } from './enterprise-binding.service.js'

/** Turns the verified caller into the USCC of the enterprise they are bound to (binding on first call). */
@Injectable()
export class BindCallerPipe implements PipeTransform<Principal, Promise<string>> {
  constructor(private readonly binding: EnterpriseBinding) {}
  transform(user: Principal): Promise<string> {
    return this.binding.bind(user)
  }
}

/**
 * `@CallerEnterprise() uscc: string` — the enterprise of an enterprise user, for the `me` routes:
 * 403 `ENTERPRISE_NOT_LINKED` without a (valid) enterprise_uscc claim, 403 `ENTERPRISE_MISMATCH`
 * when the user is bound to another enterprise than the token names.
 */
export const CallerEnterprise = (): ParameterDecorator => CurrentUser(undefined, BindCallerPipe)
