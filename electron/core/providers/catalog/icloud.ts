import type { Provider } from '../../../contract/calls/providers.ts';

export const icloud: Provider = {
  id: 'icloud',
  name: 'Apple iCloud Mail',
  shortName: 'iCloud',
  domains: ['icloud.com', 'me.com', 'mac.com'],
  mxDomains: ['icloud.com'],
  appPasswords: {
    pageUrl: 'https://account.apple.com/account/manage',
    steps: [
      'Open https://account.apple.com and sign in with your Apple Account.',
      'Choose "Sign-In and Security", then "App-Specific Passwords".',
      'Choose "Generate an app-specific password", give it a name, and copy the password shown.',
    ],
    prerequisites: ['Turn on two-factor authentication for your Apple Account.'],
    limits: { maxCount: 25, revokedByPasswordChange: true, notes: ['Changing your Apple Account password revokes all app-specific passwords.'] },
    formatId: 'icloud',
    worksFor: ['imap', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.mail.me.com', port: 993, security: 'ssl', username: 'localpart' }],
    pop3: [],
    smtp: [{ host: 'smtp.mail.me.com', port: 587, security: 'starttls', username: 'address' }],
  },
  oauth2: {
    preferred: false,
    advice: 'On Apple devices, add the account in Settings with your Apple Account instead; other apps need an app-specific password.',
  },
  notes: [
    {
      date: '2026-11-24',
      text: 'IMAP and SMTP need an app-specific password; up to 25 can be active. iCloud Mail offers no POP.',
      sourceUrl: 'https://support.apple.com/en-us/102654',
      confidence: 'confirmed',
    },
    {
      date: '2026-11-24',
      text: 'App-specific passwords look like xxxx-xxxx-xxxx-xxxx in lower-case letters.',
      sourceUrl: 'https://support.apple.com/en-us/102654',
      confidence: 'reported',
    },
  ],
};
