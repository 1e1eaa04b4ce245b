import type { Provider } from '../../../contract/calls/providers.ts';

const SMTP_AUTH_BLOG = 'https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750';

export const microsoft365: Provider = {
  id: 'microsoft365',
  name: 'Microsoft 365 (work or school)',
  shortName: 'Microsoft 365',
  // Work accounts live on the organisation's own domains: found by MX (…mail.protection.outlook.com).
  domains: [],
  mxDomains: ['outlook.com'],
  appPasswords: {
    pageUrl: 'https://aka.ms/mysecurityinfo',
    steps: [
      'Open https://aka.ms/mysecurityinfo and sign in with your work or school account.',
      'Choose "Add sign-in method", then "App password".',
      'Give it a name (for example the printer or app it is for) and choose Next.',
      'Copy the password shown; Microsoft shows it only once.',
    ],
    prerequisites: [
      'Your account must be enforced for per-user (legacy) multi-factor authentication; MFA through Conditional Access alone offers no app passwords.',
      'An administrator must turn on "Allow users to create app passwords to sign in to non-browser apps".',
      'Security Defaults must be off: they block IMAP, POP and SMTP clients entirely.',
      'SMTP AUTH must be enabled for your mailbox (an administrator setting).',
    ],
    limits: {
      maxCount: 40,
      revokedByPasswordChange: false,
      notes: ['An app password works only for SMTP AUTH (sending); IMAP and POP no longer take passwords.'],
    },
    formatId: 'microsoft365',
    worksFor: ['smtp'],
  },
  servers: {
    imap: [{ host: 'outlook.office365.com', port: 993, security: 'ssl', username: 'address' }],
    pop3: [{ host: 'outlook.office365.com', port: 995, security: 'ssl', username: 'address' }],
    smtp: [{ host: 'smtp.office365.com', port: 587, security: 'starttls', username: 'address' }],
  },
  oauth2: {
    preferred: true,
    advice:
      'Use a mail client that signs in with Microsoft (OAuth2): Outlook, Apple Mail, iOS Mail, Thunderbird and eM Client all do. ' +
      'Keep app passwords for devices that can only send mail with a password (printers, scanners, old apps), and plan to move them: ' +
      'SMTP AUTH with passwords is switched off by default at the end of December 2026.',
  },
  notes: [
    {
      date: '2022-10-01',
      text: 'Exchange Online turned off basic authentication (passwords, including app passwords) for IMAP, POP, EAS and EWS. Only SMTP AUTH kept it.',
      sourceUrl: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
      confidence: 'confirmed',
    },
    {
      date: '2026-01-27',
      text:
        'SMTP AUTH with basic authentication (app passwords) is switched off by default for existing tenants at the end of December 2026, about five weeks from 2026-11-24. ' +
        'An administrator can turn it back on for now; tenants created after that never have it. Microsoft will announce the final removal date in the second half of 2027; ' +
        'after it, servers answer "550 5.7.30 Basic authentication is not supported for Client Submission".',
      sourceUrl: SMTP_AUTH_BLOG,
      confidence: 'confirmed',
    },
    {
      date: '2026-11-24',
      text: 'App passwords exist only for users enforced for per-user MFA; at most 40 per user; a password reset does not revoke them.',
      sourceUrl: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-app-passwords',
      confidence: 'confirmed',
    },
  ],
};
