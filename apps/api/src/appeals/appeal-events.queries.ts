import type { EntityManager } from 'typeorm'
import type { Actor } from './appeal-actor.js'
import { AppealEvent } from './appeal-event.entity.js'
import { awaitedOpinions } from './appeal-state.js'
import type { Appeal } from './appeal.entity.js'

/** The timeline's SQL: appending an event, the opinions awaited, the reason of the last reopening. */

/** Appends one event to the append-only timeline, in the caller's transaction. */
export async function recordEvent(
  em: EntityManager,
  event: { appealId: string; at: Date; actor: Actor; action: string; from: Appeal['status'] | null; to: Appeal['status']; note: string | null; data: Record<string, unknown> | null },
): Promise<void> {
  const { actor } = event
  await em.save(
    em.create(AppealEvent, {
      appealId: event.appealId,
      at: event.at,
      actorSub: actor.sub,
      actorUsername: actor.username,
      actorName: actor.name,
      party: actor.parties[0] ?? 'system',
      actorBureau: actor.bureau,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      note: event.note,
      data: event.data,
    }),
  )
}

/** The assisting bureaus with no opinion since the current dispatch. */
export async function awaitedOpinionsOf(em: EntityManager, appeal: Appeal): Promise<string[]> {
  if (!appeal.assistingBureaus.length || !appeal.dispatchedAt) return []
  const rows: { bureau: string }[] = await em.query(
    `SELECT DISTINCT actor_bureau AS bureau FROM appeal_events WHERE appeal_id = $1 AND action = 'opinion' AND at >= $2 AND actor_bureau IS NOT NULL`,
    [appeal.id, appeal.dispatchedAt],
  )
  return awaitedOpinions(appeal.assistingBureaus, rows.map((r) => r.bureau))
}

/** The enterprise's comment with the rating that last reopened the appeal. */
export async function reopenReasonOf(em: EntityManager, appeal: Appeal): Promise<string | null> {
  const rows: { note: string | null }[] = await em.query(
    `SELECT note FROM appeal_events WHERE appeal_id = $1 AND action = 'rate' AND to_status = 'in_progress' ORDER BY id DESC LIMIT 1`,
    [appeal.id],
  )
  return rows[0]?.note ?? null
}

export function eventsOf(em: EntityManager, appealId: string): Promise<AppealEvent[]> {
  return em.find(AppealEvent, { where: { appealId }, order: { id: 'ASC' } })
}
