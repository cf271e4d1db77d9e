import type { ApiClient, Schema } from '@servicepack/api-client'

export type Coordinator = Schema<'CoordinatorDto'>

/** The coordinators who have signed in: whom a steward assignment may name (coordinators and admins only). */
export async function listCoordinators(api: ApiClient): Promise<Coordinator[]> {
  const { data } = await api.GET('/api/users/coordinators')
  return data!
}
