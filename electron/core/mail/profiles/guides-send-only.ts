import type { GuideClient } from '../../../contract/calls/mail.ts';
import type { AccountSettings, ResolvedServer } from '../../../contract/calls/providers.ts';
import { SECURITY_LABEL, protocolLabel } from './labels.ts';

/** Where each client adds an account with the provider's own sign-in (OAuth2): no password is typed there. */
const READ_WITH_SIGN_IN: Readonly<Record<GuideClient, string>> = {
  'apple-mail-macos': 'In System Settings → Internet Accounts choose "Microsoft Exchange" and sign in on {p}\'s page',
  'ios-mail': 'In Settings → Apps → Mail → Mail Accounts → Add Account choose "Microsoft Exchange" and sign in on {p}\'s page',
  thunderbird: 'In Thunderbird choose ≡ → New Account → Existing Email, enter only your address, and let Thunderbird pick "OAuth2"',
  'outlook-windows': 'In Outlook choose File → Add Account, enter your address and sign in on {p}\'s page',
  'outlook-mac': 'In Outlook choose Outlook → Settings → Accounts → + → New Account, enter your address and sign in on {p}\'s page',
  'gmail-android': 'In the Gmail app tap your profile picture → Add another account → "Exchange and Microsoft 365" and sign in on {p}\'s page',
  'em-client': 'In eM Client choose Menu → Accounts → + Add Account, enter your address and sign in on {p}\'s page',
};

/** Where a client keeps a separate outgoing (SMTP) server with its own password, when it has one. */
const SMTP_PLACE: Readonly<Partial<Record<GuideClient, string>>> = {
  'apple-mail-macos': 'Mail → Settings → Accounts → Server Settings → Outgoing Mail Account → Edit SMTP Server List → +',
  'ios-mail': 'Settings → Apps → Mail → Mail Accounts → the account → Outgoing Mail Server (SMTP) → Add Server',
  'em-client': 'Menu → Accounts → the account → Outgoing server',
};

function smtpValues(out: ResolvedServer, pw: string): string {
  return `server ${out.host}, port ${out.port}, security ${SECURITY_LABEL[out.security]}, user name ${out.username}, password ${pw}`;
}

/**
 * Steps for a provider whose app passwords sign in only to the outgoing server (Microsoft 365: SMTP
 * only). Reading mail goes through the provider's own sign-in; the app password goes to SMTP alone and
 * never to the incoming server. The dated facts about SMTP AUTH are the guide's note, read from the
 * catalog, not repeated here.
 */
export function sendOnlySteps(client: GuideClient, a: AccountSettings, providerName: string): string[] {
  const inc = a.incoming;
  const out = a.outgoing;
  const pw = 'your app password (copy it from AppPass)';
  const incomingNever = `Never enter the app password for the incoming (${protocolLabel(inc)}) server ${inc.host}: it refuses app passwords.`;
  if (client === 'thunderbird') {
    return [
      'Open Thunderbird and choose ≡ → New Account → Existing Email.',
      `Enter your name, e-mail ${a.email} and, as password, ${pw}. Tick "Remember password".`,
      'Choose "Configure manually".',
      `Incoming: protocol ${protocolLabel(inc)}, server ${inc.host}, port ${inc.port}, security ${SECURITY_LABEL[inc.security]}, user name ${inc.username}, authentication "OAuth2" (you sign in on ${providerName}'s page; no password here).`,
      `Outgoing: SMTP, server ${out.host}, port ${out.port}, security ${SECURITY_LABEL[out.security]}, user name ${out.username}, authentication "Normal password": this is where the app password is used.`,
      'Choose Re-test, then Done.',
    ];
  }
  const place = SMTP_PLACE[client];
  return [
    `To read mail: ${READ_WITH_SIGN_IN[client].replaceAll('{p}', providerName)}. That account reads and sends without the app password.`,
    incomingNever,
    place === undefined
      ? `The app password is only for sending (SMTP), from a program or device that can send only with a password: ${smtpValues(out, pw)}.`
      : `Only if something must send through SMTP with a password: open ${place} and enter ${smtpValues(out, pw)}.`,
    `Test the sending side from AppPass (Test sign-in): only the outgoing server is tried with the app password.`,
  ];
}
