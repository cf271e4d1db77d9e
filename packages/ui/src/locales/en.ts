import type zhCN from './zh-CN'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const en: Shape<typeof zhCN> = {
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
  },
}

export default en
