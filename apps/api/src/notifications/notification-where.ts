import type { Viewer } from '../auth/viewer.js'
import { audiencesOf } from './notification-audience.js'

/**
 * Which notifications a viewer was sent, as SQL on alias `n`: `(audience_kind, audience_id)` among
 * the viewer's audiences, with parameters numbered from `$(first)` (the query's own come before).
 */
export function audienceWhere(viewer: Viewer, first = 2): { where: string; params: string[] } {
  const audiences = audiencesOf({ sub: viewer.principal.sub, roles: viewer.roles, bureau: viewer.principal.bureau, boundUscc: viewer.boundUscc })
  const params = audiences.flatMap((a) => [a.kind, a.id])
  const terms = audiences.map((_, i) => `(n.audience_kind = $${2 * i + first} AND n.audience_id = $${2 * i + first + 1})`)
  return { where: `(${terms.join(' OR ')})`, params }
}
