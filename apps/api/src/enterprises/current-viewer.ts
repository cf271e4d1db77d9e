import { Injectable, type PipeTransform } from '@nestjs/common'
import { CurrentUser } from '../auth/access.decorators.js'
import type { Principal } from '../auth/principal.js'
import { EnterpriseBinding } from './enterprise-binding.service.js'
import { viewerOf, type Viewer } from '../auth/viewer.js'

/** The caller as a Viewer: an enterprise user is bound to their enterprise first; others are not. */
@Injectable()
export class ViewerPipe implements PipeTransform<Principal, Promise<Viewer>> {
  constructor(private readonly binding: EnterpriseBinding) {}
  async transform(user: Principal): Promise<Viewer> {
    return viewerOf(user, user.roles.includes('enterprise') ? await this.binding.bind(user) : null)
  }
}

/**
 * `@CurrentViewer() viewer: Viewer` — who is asking, with the enterprise an enterprise user is bound
 * to (for features whose records several roles share: appeals, notifications, notices).
 */
export const CurrentViewer = (): ParameterDecorator => CurrentUser(undefined, ViewerPipe)
