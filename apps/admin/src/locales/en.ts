import type zhCN from './zh-CN'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const en: Shape<typeof zhCN> = {
  app: {
    title: 'Service Pack Portal',
    subtitle: 'Back office',
    footer: 'Service Pack Portal · Back office · authorised staff only',
  },
  nav: {
    dashboard: 'Dashboard',
    appeals: 'Appeals',
    metrics: 'Rates',
    notices: 'Training notices',
    catalogue: 'Catalogues',
    account: 'Account',
  },
  gate: {
    connecting: 'Connecting to single sign-on…',
    redirecting: 'Taking you to the sign-in page…',
    unavailableTitle: 'Cannot reach single sign-on',
    unavailableBody: 'The back office needs you to sign in, but the sign-in service ({url}) cannot be reached. Make sure it is running, then try again.',
    retry: 'Try again',
    login: 'Sign in',
  },
  dashboard: {
    title: 'Dashboard',
    welcome: 'Hello, {name}',
    intro: 'Your work at a glance. The navigation shows only what your roles allow.',
    yourRoles: 'Your roles',
    bureau: 'Bureau',
    association: 'Association',
    noStaffRole: 'This account is not a back-office account',
    noStaffRoleBody: 'Enterprises use the Service Pack Portal (public site).',
    modules: 'Sections',
    moduleHints: {
      appeals: 'Accept, dispatch, handle and answer appeals; watch their deadlines.',
      metrics: 'Response, resolution and satisfaction rates by bureau, category and period.',
      notices: 'Publish training and policy briefings; manage registrations.',
      catalogue: 'Bureaus, appeal categories, routing catalogue and working-day calendar.',
      account: 'Who you are signed in as, and your permissions.',
    },
  },
  account: {
    title: 'Account',
    loading: 'Loading your account…',
    username: 'Username',
    subject: 'Subject',
    roles: 'Roles',
    enterpriseUscc: 'Unified social credit code',
    bureau: 'Bureau',
    association: 'Association',
    none: '—',
    failed: 'Could not load your account',
  },
  upcoming: {
    description: 'This section is being built and will arrive in a later release.',
    back: 'Back to dashboard',
  },
  errors: {
    forbiddenTitle: 'Access denied',
    forbiddenBody: 'Your account may not open this page.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist.',
    backHome: 'Back to dashboard',
  },
}

export default en
