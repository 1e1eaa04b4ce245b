import type { Provider } from '../../../contract/calls/providers.ts';

/**
 * WEB.DE: Germany's largest free mail service, on the same platform as GMX, and (reported) under
 * the same app-password rule from 24 September 2026. Chosen over Proton Mail, which needs its own
 * Bridge program and Bridge password rather than app passwords.
 */
export const webde: Provider = {
  id: 'webde',
  name: 'WEB.DE',
  shortName: 'WEB.DE',
  domains: ['web.de'],
  mxDomains: ['web.de'],
  appPasswords: {
    pageUrl: 'https://web.de/',
    steps: [
      'Sign in at https://web.de and open "Mein Account".',
      'Choose "Sicherheit", then "Anwendungsspezifische Passwörter".',
      'Create a new password, name the app, and copy the password shown.',
    ],
    prerequisites: [
      'Turn on two-factor authentication (Zwei-Faktor-Authentifizierung).',
      'In the mail settings, turn on "POP3/IMAP Abruf" once (it is off by default).',
    ],
    limits: { maxCount: null, revokedByPasswordChange: null, notes: [] },
    formatId: null,
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.web.de', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop3.web.de', port: 995, security: 'ssl', username: 'address' }],
    smtp: [{ host: 'smtp.web.de', port: 587, security: 'starttls', username: 'address' }],
  },
  oauth2: { preferred: false, advice: 'WEB.DE has no sign-in page for other mail apps: use an app password once two-factor authentication is on.' },
  notes: [
    {
      date: '2026-09-24',
      text: 'GMX, WEB.DE and mail.com require app passwords for mail clients from 24 September 2026.',
      sourceUrl: 'https://hilfe.web.de/sicherheit/2fa/anwendungsspezifisches-passwort.html',
      confidence: 'reported',
    },
  ],
};
