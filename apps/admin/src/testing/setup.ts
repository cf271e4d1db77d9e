import { createAppI18n } from '@servicepack/ui'
import { createAppContext, testUsers } from '@servicepack/ui/testing'
import { messages } from '../locales'
import { createAppRouter } from '../router'

export { healthyBody, json, type FakeFetch } from '@servicepack/ui/testing'

/** A signed-in test user with these roles. */
export const userWith = testUsers('coordinator', '王管家')

/** Everything a view needs: pinia with a (fake) session, i18n, router, and an API client on a fake fetch. */
export const appContext = createAppContext({ router: createAppRouter, i18n: (locale) => createAppI18n(messages, locale) })
