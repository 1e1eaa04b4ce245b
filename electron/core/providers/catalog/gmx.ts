import type { Provider } from '../../../contract/calls/providers.ts';

export const gmx: Provider = {
  id: 'gmx',
  name: 'GMX (gmx.net, gmx.de)',
  shortName: 'GMX',
  domains: ['gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch'],
  mxDomains: ['gmx.net'],
  appPasswords: {
    pageUrl: 'https://www.gmx.net/',
    steps: [
      'Sign in at https://www.gmx.net and open "Mein Account".',
      'Choose "Sicherheit", then "Anwendungsspezifische Passwörter".',
      'Create a new password, name the app, and copy the password shown.',
    ],
    prerequisites: [
      'Turn on two-factor authentication (Zwei-Faktor-Authentifizierung).',
      'In the mail settings, turn on "POP3/IMAP Abruf" once (it is off by default).',
    ],
    limits: { maxCount: null, revokedByPasswordChange: null, notes: ['gmx.com accounts use other servers (imap.gmx.com, mail.gmx.com).'] },
    formatId: 'gmx',
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.gmx.net', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop.gmx.net', port: 995, security: 'ssl', username: 'address' }],
    smtp: [
      { host: 'mail.gmx.net', port: 465, security: 'ssl', username: 'address' },
      { host: 'mail.gmx.net', port: 587, security: 'starttls', username: 'address' },
    ],
  },
  oauth2: { preferred: false, advice: 'GMX has no sign-in page for other mail apps: use an app password once two-factor authentication is on.' },
  notes: [
    {
      date: '2026-09-24',
      text: 'GMX, WEB.DE and mail.com require app passwords for mail clients from 24 September 2026.',
      sourceUrl: 'https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html',
      confidence: 'reported',
    },
  ],
};
