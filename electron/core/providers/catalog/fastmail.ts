import type { Provider } from '../../../contract/calls/providers.ts';

export const fastmail: Provider = {
  id: 'fastmail',
  name: 'Fastmail',
  shortName: 'Fastmail',
  domains: ['fastmail.com', 'fastmail.fm', 'fastmail.cn', 'fastmail.co.uk', 'fastmail.com.au', 'fastmail.de', 'fastmail.es', 'fastmail.in', 'fastmail.jp', 'fastmail.net', 'fastmail.org', 'fastmail.us', 'messagingengine.com', 'sent.com'],
  mxDomains: ['messagingengine.com'],
  appPasswords: {
    pageUrl: 'https://app.fastmail.com/settings/security/integrations',
    steps: [
      'Sign in to Fastmail and open Settings → Privacy & Security → Integrations.',
      'Choose "New app password".',
      'Pick the access it needs: "Mail (IMAP/POP/SMTP)" for a mail client; then choose Generate and copy the password.',
    ],
    prerequisites: ['Your plan must include IMAP/SMTP access (the Basic plan does not).'],
    limits: { maxCount: null, revokedByPasswordChange: null, notes: ['Every app password has a scope: mail, contacts and calendars, or files.'] },
    formatId: 'fastmail',
    worksFor: ['imap', 'pop3', 'smtp'],
  },
  servers: {
    imap: [{ host: 'imap.fastmail.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'pop.fastmail.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [{ host: 'smtp.fastmail.com', port: 465, security: 'ssl', username: 'address' }],
  },
  oauth2: {
    preferred: false,
    advice: 'Fastmail requires an app password for every third-party client; Thunderbird and a few others can sign in with Fastmail directly instead.',
  },
  notes: [
    {
      date: '2026-11-24',
      text: 'Every third-party client needs an app password with the right scope; Basic plans have no IMAP/SMTP.',
      sourceUrl: 'https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords',
      confidence: 'confirmed',
    },
  ],
};
