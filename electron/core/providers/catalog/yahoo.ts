import type { Provider } from '../../../contract/calls/providers.ts';

export const yahoo: Provider = {
  id: 'yahoo',
  name: 'Yahoo Mail',
  shortName: 'Yahoo',
  domains: ['yahoo.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.it', 'yahoo.es', 'yahoo.ca', 'yahoo.com.au', 'yahoo.co.in', 'yahoo.com.br'],
  mxDomains: ['yahoodns.net'],
  appPasswords: {
    pageUrl: 'https://login.yahoo.com/account/security',
    steps: [
      'Open https://login.yahoo.com/account/security and sign in.',
      'Choose "Generate app password" (or "Manage app passwords").',
      'Name the app, choose Generate, and copy the password shown.',
    ],
    prerequisites: ['Creating one may need a browser that has been signed in to Yahoo for several days.'],
    limits: { maxCount: null, revokedByPasswordChange: false, notes: ['App passwords stay valid after a password change; remove them on the same page.'] },
    formatId: 'yahoo',
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.mail.yahoo.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop.mail.yahoo.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [{ host: 'smtp.mail.yahoo.com', port: 465, security: 'ssl', username: 'address' }],
  },
  oauth2: {
    preferred: true,
    advice: 'Apps that open the Yahoo sign-in page (iOS Mail, Apple Mail, Thunderbird, Outlook) need no app password; every other app does.',
  },
  notes: [
    {
      date: '2026-11-24',
      text: 'Apps that do not use the Yahoo sign-in page need an app password; app passwords survive a password change.',
      sourceUrl: 'https://help.yahoo.com/kb/SLN15241.html',
      confidence: 'confirmed',
    },
    { date: '2026-11-24', text: 'Yahoo app passwords are 16 letters long.', sourceUrl: 'https://help.yahoo.com/kb/SLN15241.html', confidence: 'reported' },
  ],
};
