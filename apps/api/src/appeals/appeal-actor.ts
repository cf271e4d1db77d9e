import { actorName } from '../auth/actor-name.js'
import type { Viewer } from '../auth/viewer.js'
import type { Party } from './appeal-state.js'

/** Someone acting on an appeal: a person (with their parties) or the system (jobs). */
export interface Actor {
  sub: string
  username: string
  /** The display name recorded beside the login (auth/actor-name.ts). */
  name: string | null
  parties: Party[]
  bureau: string | null
}

export const SYSTEM_ACTOR: Actor = { sub: 'system', username: 'system', name: null, parties: ['system'], bureau: null }

/** The viewer acting as these parties of the appeal (appeal-access.ts). */
export function actorOf(viewer: Viewer, parties: Party[]): Actor {
  return { sub: viewer.principal.sub, username: viewer.principal.username, name: actorName(viewer.principal), parties, bureau: viewer.principal.bureau }
}

export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value
}
