import type { Provider } from '../../../contract/calls/providers.ts';

export const gmail: Provider = {
  id: 'gmail',
  name: 'Google (Gmail and Google Workspace)',
  shortName: 'Gmail',
  domains: ['gmail.com', 'googlemail.com'],
  mxDomains: ['google.com', 'googlemail.com'],
  appPasswords: {
    pageUrl: 'https://myaccount.google.com/apppasswords',
    steps: [
      'Open https://myaccount.google.com/apppasswords and sign in.',
      'Type a name for the app (for example "Thunderbird on laptop") and choose Create.',
      'Copy the 16-letter password shown (Google shows it in four groups; the spaces do not matter).',
    ],
    prerequisites: ['Turn on 2-Step Verification for your Google Account.'],
    limits: {
      maxCount: null,
      revokedByPasswordChange: true,
      notes: [
        'Not offered when 2-Step Verification uses only security keys, with Advanced Protection, or on most work and school accounts.',
        'Changing your Google password revokes all app passwords.',
      ],
    },
    formatId: 'gmail',
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.gmail.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop.gmail.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [
      { host: 'smtp.gmail.com', port: 465, security: 'ssl', username: 'address' },
      { host: 'smtp.gmail.com', port: 587, security: 'starttls', username: 'address' },
    ],
  },
  oauth2: {
    preferred: true,
    advice:
      'Google prefers "Sign in with Google" (OAuth2); Apple Mail, iOS Mail, Thunderbird, Outlook and eM Client support it. ' +
      'Use an app password only for apps and devices that cannot sign in with Google.',
  },
  notes: [
    {
      date: '2026-11-24',
      text: 'App passwords need 2-Step Verification and are revoked when the Google password changes.',
      sourceUrl: 'https://support.google.com/accounts/answer/185833',
      confidence: 'confirmed',
    },
  ],
};
