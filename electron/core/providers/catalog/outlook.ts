import type { Provider } from '../../../contract/calls/providers.ts';

export const outlook: Provider = {
  id: 'outlook',
  name: 'Outlook.com and Hotmail (personal Microsoft account)',
  shortName: 'Outlook.com',
  domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'outlook.de', 'outlook.fr', 'outlook.co.uk', 'live.co.uk', 'live.de', 'live.fr', 'passport.com'],
  mxDomains: ['hotmail.com'],
  appPasswords: {
    pageUrl: 'https://account.live.com/proofs/AppPassword',
    steps: [
      'Open https://account.live.com/proofs/AppPassword and sign in.',
      'Choose "Create a new app password".',
      'Copy the password shown.',
    ],
    prerequisites: [
      'Turn on two-step verification for your Microsoft account.',
      'In Outlook.com, open Settings → Mail → Forwarding and IMAP and turn on "Let devices and apps use POP/IMAP" (it is off by default).',
    ],
    limits: { maxCount: null, revokedByPasswordChange: null, notes: ['Whether app passwords still sign in over IMAP is unconfirmed; most likely they do not.'] },
    formatId: 'outlook',
    worksFor: [],
  },
  servers: {
    imap: [{ host: 'outlook.office365.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'outlook.office365.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [{ host: 'smtp-mail.outlook.com', port: 587, security: 'starttls', username: 'address' }],
  },
  oauth2: {
    preferred: true,
    advice:
      'Outlook.com ended password sign-in for other mail apps on 16 September 2024. Use an app with "Sign in with Microsoft" (OAuth2): ' +
      'Outlook, Apple Mail, iOS Mail, Thunderbird, eM Client or the Gmail app. An app password will most likely be refused.',
  },
  notes: [
    {
      date: '2024-09-16',
      text: 'Outlook.com stopped accepting basic authentication (passwords) from third-party mail apps; apps must use Modern Auth (OAuth2).',
      sourceUrl: 'https://support.microsoft.com/en-us/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d',
      confidence: 'confirmed',
    },
    {
      date: '2026-11-24',
      text: 'Whether app passwords still work over IMAP for personal accounts is unconfirmed; reports say they do not.',
      sourceUrl: 'https://account.live.com/proofs/AppPassword',
      confidence: 'reported',
    },
  ],
};
