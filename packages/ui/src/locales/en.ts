import type { Translation } from './translation'
import type zhCN from './zh-CN'

const en: Translation<typeof zhCN> = {
  ui: {
    language: 'Language',
    shell: {
      skipToContent: 'Skip to main content',
      navigation: 'Main navigation',
    },
    user: {
      login: 'Sign in',
      logout: 'Sign out',
      connecting: 'Connecting to single sign-on…',
      ssoUnavailable: 'Sign-in service unavailable',
      ssoUnavailableHint: 'The sign-in service cannot be reached. Public pages remain available; please try again later.',
      roles: 'Roles',
    },
    roles: {
      enterprise: 'Enterprise',
      coordinator: 'Coordinator (steward)',
      bureau_officer: 'Bureau officer',
      association: 'Industry association',
      admin: 'Administrator',
    },
    health: {
      title: 'System status',
      refresh: 'Check again',
      loading: 'Checking the service…',
      healthy: 'All systems operational',
      healthyHint: 'The API and its database are connected.',
      degraded: 'Service partly unavailable',
      degradedHint: 'The API answered, but these components are failing:',
      down: 'Cannot reach the API',
      downHint: 'The API ({url}) is not responding. Make sure it is running, then choose "Check again".',
      error: 'The API returned an error',
      errorHint: 'The API answered {status}: {message}',
      correlationId: 'Request ID',
      checkedAt: 'Checked at',
      up: 'Up',
      downStatus: 'Down',
      checks: {
        database: 'Database',
      },
    },
    measure: {
      status: {
        eligible: 'Eligible',
        unknown: 'Information needed',
        ineligible: 'Not eligible yet',
      },
      change: {
        new: 'Newly eligible',
        amount: 'Amount changed',
        lost: 'No longer eligible',
      },
      amount: {
        label: 'Support',
        expected: 'Expected support',
        ifEligible: 'If eligible',
        needsFacts: 'Computed once the facts are given',
        none: 'Policy and services',
      },
      bureaus: 'Responsible: ',
      missing: 'Still needed (click to fill in):',
      ask: 'Ask / apply',
      askSoon: 'coming soon',
      askSoonHint: 'Appeals open soon: you will be able to ask the responsible bureau about this measure in one click.',
      trace: {
        title: 'How this was decided',
        fact: 'Condition',
        value: 'Value',
        test: 'Test',
        result: 'Result',
        results: {
          met: 'met',
          'not-met': 'not met',
          unknown: 'unknown',
        },
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
    pages: {
      backHome: 'Back to home',
      upcoming: 'This section is being built and will arrive in a later release.',
      forbiddenTitle: 'Access denied',
      forbiddenBody: 'Your account may not open this page.',
      notFoundTitle: 'Page not found',
      notFoundBody: 'The page you asked for does not exist.',
    },
  },
}

export default en
