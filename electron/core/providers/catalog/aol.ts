import type { Provider } from '../../../contract/calls/providers.ts';

export const aol: Provider = {
  id: 'aol',
  name: 'AOL Mail',
  shortName: 'AOL',
  domains: ['aol.com', 'aim.com', 'aol.co.uk', 'aol.de', 'aol.fr', 'love.com', 'games.com', 'wow.com'],
  mxDomains: ['aol.com'],
  appPasswords: {
    pageUrl: 'https://login.aol.com/account/security',
    steps: [
      'Open https://login.aol.com/account/security and sign in.',
      'Choose "Generate app password" (or "Manage app passwords").',
      'Name the app, choose Generate, and copy the password shown.',
    ],
    prerequisites: ['Creating one may need a browser that has been signed in to AOL for several days.'],
    limits: { maxCount: null, revokedByPasswordChange: false, notes: ['App passwords stay valid after a password change; remove them on the same page.'] },
    formatId: 'aol',
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.aol.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop.aol.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [{ host: 'smtp.aol.com', port: 465, security: 'ssl', username: 'address' }],
  },
  oauth2: {
    preferred: true,
    advice: 'Apps that open the AOL sign-in page (iOS Mail, Apple Mail, Outlook) need no app password; every other app does.',
  },
  notes: [
    {
      date: '2026-11-24',
      text: 'Apps that do not use the AOL sign-in page need an app password; app passwords survive a password change.',
      sourceUrl: 'https://help.aol.com/articles/Create-and-manage-app-password',
      confidence: 'confirmed',
    },
    { date: '2026-11-24', text: 'AOL app passwords are 16 letters long.', sourceUrl: 'https://help.aol.com/articles/Create-and-manage-app-password', confidence: 'reported' },
  ],
};
