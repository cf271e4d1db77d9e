import type zhCN from './zh-CN'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const en: Shape<typeof zhCN> = {
  app: {
    title: 'Service Pack Portal',
    subtitle: 'Shanghai business support, one stop',
    footer: 'Built under clause (17) of the Shanghai Three-Year Action Plan for the Transformation and Upgrading of Advanced Manufacturing (2026–2028), Hu Fu Ban Gui [2025] No. 20',
    footerShort: 'Service Pack Portal · every enterprise informed, support delivered fast',
  },
  nav: {
    home: 'Home',
    package: 'My service pack',
    appeals: 'My appeals',
    notices: 'Training',
    account: 'Account',
  },
  auth: {
    ssoUnavailableTitle: 'Single sign-on is unavailable',
    ssoUnavailableBody: 'You can still read the public pages. Reload the page to sign in once the service is back.',
    loginRequired: 'Please sign in',
  },
  home: {
    eyebrow: 'Shanghai enterprise "service pack"',
    headline: 'Know every measure, get support fast',
    lead: 'Sign in to see the support measures that fit your enterprise with expected amounts, send appeals straight to the responsible bureau and receive training that concerns you.',
    ctaLogin: 'Enterprise sign-in',
    ctaPackage: 'Open my service pack',
    ctaUnavailable: 'Sign-in unavailable',
    welcome: 'Hello, {name}',
    features: {
      title: 'What the portal offers',
      package: {
        title: 'Policy service pack',
        body: 'Each measure of the action plan matched to your enterprise: amount range, legal basis, missing facts and the responsible bureau.',
      },
      appeals: {
        title: 'Appeals',
        body: 'Raise land, labour or financing issues; a steward dispatches them to the responsible bureau and deadlines run on working days.',
      },
      notices: {
        title: 'Training',
        body: 'Industry associations publish briefings and training aimed at the enterprises they concern; register online.',
      },
    },
    basis: 'Legal basis: Hu Fu Ban Gui [2025] No. 20, in force 1 January 2026 to 31 December 2028.',
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
    back: 'Back to home',
  },
  errors: {
    forbiddenTitle: 'Access denied',
    forbiddenBody: 'Your account may not open this page.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist.',
    backHome: 'Back to home',
  },
}

export default en
