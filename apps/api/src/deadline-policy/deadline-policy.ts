import type { Env } from '../config/env.js'

/**
 * The deadline policy ("1515"): working days to accept, to answer a simple and a complex appeal,
 * working days after an answer before an unrated appeal closes itself; the reminder (催办) lead time
 * in hours. The environment gives the initial default; an administrator's policy in PostgreSQL
 * replaces it.
 *
 * A change applies to deadlines set from then on (the next dispatch, answer, reopening); deadlines
 * already set stay as they are: the bureau and the enterprise were told them, and the 三率 measure
 * against them. The reminder lead time is no deadline: the deadline job reads it on every sweep.
 */
export interface DeadlinePolicy {
  acceptDays: number
  simpleDays: number
  complexDays: number
  rateDays: number
  reminderHours: number
  /** 即将超期: a deadline due today or within this many next working days (0 = today only). */
  dueSoonDays: number
  /** Working days after a month ends before its 三率 are published as open data (open-data/); no deadline of an appeal. */
  openDataDays: number
}

/** The default of dueSoonDays: "today or the next working day" (issue 19). */
export const DEFAULT_DUE_SOON_DAYS = 1

export function deadlinePolicy(env: Env): DeadlinePolicy {
  return {
    acceptDays: env.APPEAL_ACCEPT_WORKING_DAYS,
    simpleDays: env.APPEAL_SIMPLE_WORKING_DAYS,
    complexDays: env.APPEAL_COMPLEX_WORKING_DAYS,
    rateDays: env.APPEAL_RATE_WORKING_DAYS,
    reminderHours: env.APPEAL_REMINDER_HOURS,
    dueSoonDays: DEFAULT_DUE_SOON_DAYS,
    openDataDays: env.OPEN_DATA_PUBLISH_WORKING_DAYS,
  }
}

/** Each field's bounds (the DTO and the admin form use them). */
export const POLICY_BOUNDS: Record<keyof DeadlinePolicy, { min: number; max: number }> = {
  acceptDays: { min: 1, max: 10 },
  simpleDays: { min: 1, max: 60 },
  complexDays: { min: 1, max: 120 },
  rateDays: { min: 1, max: 30 },
  reminderHours: { min: 1, max: 72 },
  dueSoonDays: { min: 0, max: 10 },
  openDataDays: { min: 1, max: 20 },
}

/** Fields whose value contradicts another (pure): a simple appeal cannot take longer than a complex one, nor accepting longer than answering. */
export function policyProblems(p: DeadlinePolicy): { field: keyof DeadlinePolicy; message: string }[] {
  const out: { field: keyof DeadlinePolicy; message: string }[] = []
  if (p.simpleDays > p.complexDays) out.push({ field: 'simpleDays', message: 'simpleDays must not exceed complexDays' })
  if (p.acceptDays > p.simpleDays) out.push({ field: 'acceptDays', message: 'acceptDays must not exceed simpleDays' })
  return out
}

export function samePolicy(a: DeadlinePolicy, b: DeadlinePolicy): boolean {
  return (Object.keys(POLICY_BOUNDS) as (keyof DeadlinePolicy)[]).every((k) => a[k] === b[k])
}

