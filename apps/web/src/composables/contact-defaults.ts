import type { AuthUser } from '@servicepack/ui/auth'

export interface ContactDefaults {
  contactName: string
  contactPhone: string
}

const clean = (value: string | null | undefined) => (typeof value === 'string' ? value.trim() : '')

/**
 * Who a form's contact starts as (the intake, a notice registration): the enterprise's contact
 * when its profile names one (with its phone); otherwise the person signed in — the name from the
 * token, the phone from the profile, else the token's `phone_number`. Only a starting point: the
 * fields stay editable and nothing is saved back.
 */
export function contactDefaults(
  enterprise: { contactName?: string | null; contactPhone?: string | null } | null,
  user: Pick<AuthUser, 'name' | 'phone'> | null,
): ContactDefaults {
  const name = clean(enterprise?.contactName)
  if (name) return { contactName: name, contactPhone: clean(enterprise?.contactPhone) }
  return { contactName: clean(user?.name), contactPhone: clean(enterprise?.contactPhone) || clean(user?.phone) }
}
