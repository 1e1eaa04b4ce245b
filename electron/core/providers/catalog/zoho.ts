import type { Provider } from '../../../contract/calls/providers.ts';

export const zoho: Provider = {
  id: 'zoho',
  name: 'Zoho Mail',
  shortName: 'Zoho',
  domains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in', 'zoho.com.au', 'zohomail.com.au', 'zoho.jp'],
  mxDomains: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohomail.com'],
  appPasswords: {
    pageUrl: 'https://accounts.zoho.com/home#security/app_password',
    steps: [
      'Open https://accounts.zoho.com and sign in (use your region\'s site, e.g. accounts.zoho.eu, if your account is there).',
      'Choose Security, then App Passwords.',
      'Choose "Generate New Password", name the app, and copy the password shown.',
    ],
    prerequisites: ['Turn on multi-factor authentication (app passwords are needed only when it is on).', 'IMAP access must be enabled in Zoho Mail settings.'],
    limits: { maxCount: null, revokedByPasswordChange: null, notes: ['Zoho app passwords are 12 characters.'] },
    formatId: 'zoho',
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.zoho.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop.zoho.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [
      { host: 'smtp.zoho.com', port: 465, security: 'ssl', username: 'address' },
      { host: 'smtp.zoho.com', port: 587, security: 'starttls', username: 'address' },
    ],
  },
  oauth2: { preferred: false, advice: 'Zoho accepts app passwords in any client once multi-factor authentication is on. Accounts in other regions use imap.zoho.eu, imap.zoho.in and so on.' },
  notes: [
    {
      date: '2026-11-24',
      text: 'With MFA on, IMAP/POP/SMTP clients need an app-specific password. Regional data centres use their own server names (zoho.eu, zoho.in, zoho.com.au, zoho.jp).',
      sourceUrl: 'https://www.zoho.com/mail/help/imap-access.html',
      confidence: 'confirmed',
    },
  ],
};
