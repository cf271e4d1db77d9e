import { personName } from '@servicepack/policy-rules'
import type { FieldChange } from './enterprise-change.entity.js'

/**
 * The 服务管家 of an enterprise, as pure functions (table-tested in steward.spec.ts): who the steward
 * is — a coordinator account, or a legacy free-text name the migration could not link — and which
 * history rows an assignment writes.
 */

/** A coordinator account as the users directory last saw it. */
export interface StewardAccount {
  sub: string
  username: string
  name: string | null
  email: string | null
}

/** What an enterprise row says about its steward. */
export interface StewardColumns {
  stewardSub: string | null
  stewardPhone: string | null
  stewardLegacyName: string | null
  stewardLegacyEmail: string | null
}

/** The name shown for an account: the SSO's `name` as people write it (晓东 陈 → 陈晓东), else the username. */
export function accountName(account: Pick<StewardAccount, 'username' | 'name'>): string {
  return personName(account.name) || account.username
}

/**
 * `accountName` in SQL on a users alias, for sorting by the steward as the apps show them (a Chinese
 * name family name first, so that it sorts by pinyin of the family name).
 */
export function accountNameSql(alias: string): string {
  const parts = `regexp_split_to_array(btrim(COALESCE(${alias}.name, '')), '\\s+')`
  return `COALESCE(NULLIF(CASE WHEN ${alias}.name ~ '[一-鿿]' THEN CASE WHEN array_length(${parts}, 1) = 2 THEN (${parts})[2] || (${parts})[1] ELSE array_to_string(${parts}, '') END ELSE btrim(${alias}.name) END, ''), ${alias}.username)`
}

/** The steward as history and views name them: the account (by sub) or the legacy name; null when none. */
export interface StewardIdentity {
  /** null: a legacy free-text steward, not an account */
  sub: string | null
  username: string | null
  name: string
  phone: string | null
}

export function stewardIdentity(columns: StewardColumns, account: StewardAccount | null | undefined): StewardIdentity | null {
  if (columns.stewardSub) {
    // The directory row always exists (foreign key); a missing one would be a bug, shown by the sub.
    return { sub: columns.stewardSub, username: account?.username ?? null, name: account ? accountName(account) : columns.stewardSub, phone: columns.stewardPhone }
  }
  if (columns.stewardLegacyName) return { sub: null, username: null, name: columns.stewardLegacyName, phone: columns.stewardPhone }
  return null
}

/**
 * The history rows of an assignment: `steward` (the person's name) when the account changes — a
 * legacy steward replaced by an account is a change too — and `steward.phone`. None: the same account
 * with the same phone again (nothing is written then). When two different people carry the same
 * name, the username is added to the name so the row still shows a change.
 */
export function stewardChanges(current: StewardIdentity | null, next: StewardIdentity): FieldChange[] {
  const changes: FieldChange[] = []
  if (current?.sub !== next.sub || current === null) {
    let from = current?.name ?? null
    let to = next.name
    if (from === to) {
      if (current?.username) from = `${from}（${current.username}）`
      if (next.username) to = `${to}（${next.username}）`
    }
    changes.push({ field: 'steward', from, to })
  }
  const fromPhone = current?.phone ?? null
  if (fromPhone !== next.phone) changes.push({ field: 'steward.phone', from: fromPhone, to: next.phone })
  return changes
}
