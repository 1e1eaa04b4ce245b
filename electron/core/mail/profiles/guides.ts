import type { Guide, GuideClient } from '../../../contract/calls/mail.ts';
import type { AccountSettings, Provider, ResolvedServer } from '../../../contract/calls/providers.ts';
import { headlineNotes } from '../../providers/dated-notes.ts';
import { sendOnlySteps } from './guides-send-only.ts';
import { SECURITY_LABEL } from './labels.ts';

const TITLES: Readonly<Record<GuideClient, string>> = {
  'apple-mail-macos': 'Apple Mail on macOS',
  'ios-mail': 'Mail on iPhone and iPad',
  thunderbird: 'Thunderbird',
  'outlook-windows': 'Classic Outlook for Windows',
  'outlook-mac': 'Outlook for Mac',
  'gmail-android': 'Gmail app on Android',
  'em-client': 'eM Client',
};

/** Where each client offers the provider's own sign-in (OAuth2), for Microsoft and Google accounts. */
const SIGN_IN_HINT: Readonly<Record<GuideClient, string>> = {
  'apple-mail-macos': 'In System Settings → Internet Accounts choose "Microsoft Exchange" or "Google" and sign in on the provider\'s page.',
  'ios-mail': 'In Settings → Apps → Mail → Mail Accounts → Add Account choose "Microsoft Exchange", "Outlook.com", "Google", "Yahoo!" or "AOL" and sign in on the provider\'s page.',
  thunderbird: 'Thunderbird picks "OAuth2" by itself for Microsoft, Google, Yahoo and AOL accounts: enter only your address and sign in on the provider\'s page.',
  'outlook-windows': 'Outlook signs in to Microsoft accounts with Microsoft\'s own sign-in; Microsoft 365 versions also sign in to Gmail with Google\'s page.',
  'outlook-mac': 'Outlook for Mac signs in to Microsoft and Google accounts on their own sign-in pages: enter your address and follow the prompts.',
  'gmail-android': 'The Gmail app signs in to Google, Outlook.com/Hotmail, Microsoft 365 (Exchange) and Yahoo accounts on their own sign-in pages.',
  'em-client': 'eM Client signs in to Microsoft and Google accounts on their own sign-in pages when you enter the address.',
};

function server(s: ResolvedServer): string {
  return `server ${s.host}, port ${s.port}, security ${SECURITY_LABEL[s.security]}, user name ${s.username}`;
}

function kind(s: ResolvedServer): string {
  return s.protocol === 'pop3' ? 'POP' : 'IMAP';
}

/** Steps for a provider whose app passwords sign in to the incoming server (or an unknown provider). */
function steps(client: GuideClient, a: AccountSettings): string[] {
  const inc = a.incoming;
  const out = a.outgoing;
  const pw = 'your app password (copy it from AppPass)';
  switch (client) {
    case 'apple-mail-macos':
      return [
        'Open Mail and choose Mail → Add Account…, then "Other Mail Account…" and Continue.',
        `Enter name, e-mail address ${a.email} and, as password, ${pw}; choose Sign In.`,
        `When Mail asks for server details, choose account type ${kind(inc)}.`,
        `Incoming mail server: ${inc.host}; user name: ${inc.username}.`,
        `Outgoing mail server: ${out.host}; user name: ${out.username}. Choose Sign In.`,
        `If Mail cannot connect, open Mail → Settings → Accounts → Server Settings, turn off "Automatically manage connection settings" and set incoming port ${inc.port} (${SECURITY_LABEL[inc.security]}) and outgoing port ${out.port} (${SECURITY_LABEL[out.security]}).`,
      ];
    case 'ios-mail':
      return [
        'Open Settings → Apps → Mail → Mail Accounts → Add Account → Other → Add Mail Account.',
        `Enter your name, e-mail ${a.email}, and as password ${pw}; tap Next.`,
        `Choose ${kind(inc)}.`,
        `Incoming Mail Server: host name ${inc.host}, user name ${inc.username}, password ${pw}.`,
        `Outgoing Mail Server: host name ${out.host}, user name ${out.username}, password ${pw}. Tap Next, then Save.`,
        `If it fails, open the account → Advanced and set incoming port ${inc.port} with "Use SSL" ${inc.security === 'none' ? 'off' : 'on'}; under Outgoing Mail Server → SMTP set port ${out.port} with "Use SSL" ${out.security === 'none' ? 'off' : 'on'}.`,
      ];
    case 'thunderbird':
      return [
        'Open Thunderbird and choose ≡ → New Account → Existing Email.',
        `Enter your name, e-mail ${a.email} and, as password, ${pw}. Tick "Remember password".`,
        'Choose "Configure manually".',
        `Incoming: protocol ${kind(inc)}, ${server(inc)}, authentication "Normal password".`,
        `Outgoing: SMTP, ${server(out)}, authentication "Normal password".`,
        'Choose Re-test, then Done.',
      ];
    case 'outlook-windows':
      return [
        'Open Outlook and choose File → Add Account.',
        `Enter ${a.email}, open "Advanced options", tick "Let me set up my account manually" and choose Connect.`,
        `Choose ${kind(inc)}.`,
        `Incoming mail: ${inc.host}, port ${inc.port}, encryption ${SECURITY_LABEL[inc.security]}.`,
        `Outgoing mail: ${out.host}, port ${out.port}, encryption ${SECURITY_LABEL[out.security]}. Choose Next.`,
        `Enter ${pw} and choose Connect. If asked for a user name, use ${inc.username}.`,
      ];
    case 'outlook-mac':
      return [
        'Open Outlook and choose Outlook → Settings → Accounts → + → New Account.',
        `Enter ${a.email} and choose Continue; if Outlook offers a provider sign-in, see the note above, otherwise choose "${kind(inc)}".`,
        `Incoming server: ${inc.host}, port ${inc.port}, ${inc.security === 'none' ? 'without' : 'with'} "Use SSL to connect"; user name ${inc.username}; password ${pw}.`,
        `Outgoing server: ${out.host}, port ${out.port}, ${out.security === 'none' ? 'without' : 'with'} "Use SSL to connect"; user name ${out.username}.`,
        'Choose Add Account.',
      ];
    case 'gmail-android':
      return [
        'Open the Gmail app, tap your profile picture → Add another account → Other.',
        `Enter ${a.email} and tap "Manual setup", then choose "Personal (${kind(inc)})".`,
        `Enter ${pw} and tap Next.`,
        `Incoming server settings: user name ${inc.username}, server ${inc.host}, port ${inc.port}, security type ${SECURITY_LABEL[inc.security]}.`,
        `Outgoing server settings: tick "Require sign-in", user name ${out.username}, SMTP server ${out.host}, port ${out.port}, security type ${SECURITY_LABEL[out.security]}.`,
        'Choose the sync options and tap Next to finish.',
      ];
    case 'em-client':
      return [
        'Open eM Client and choose Menu → Accounts → + Add Account → Mail → Other.',
        `Enter ${a.email}, choose Next; when the automatic setup offers nothing better, choose "Manual setup" and "${kind(inc)}".`,
        `Incoming server: ${inc.host}, port ${inc.port}, security "${SECURITY_LABEL[inc.security]}", user name ${inc.username}, password ${pw}.`,
        `Outgoing server: ${out.host}, port ${out.port}, security "${SECURITY_LABEL[out.security]}", user name ${out.username}, password ${pw}.`,
        'Choose Next, check the account name, and Finish.',
      ];
  }
}

/**
 * What to say before the steps when a password is the wrong tool for this provider: its advice,
 * its headline notes worded for today (the one home of dated facts such as Microsoft's SMTP AUTH
 * change), and what an app password still signs in to.
 */
function oauth2Note(client: GuideClient, provider: Provider | undefined, incoming: ResolvedServer): string | null {
  if (provider === undefined || !provider.oauth2.preferred) return null;
  const works = provider.appPasswords.worksFor;
  const passwordUse =
    works.length === 0
      ? 'An app password will most likely be refused.'
      : works.length === 1 && works[0] === 'smtp'
        ? `An app password works here only for sending (SMTP): the ${kind(incoming)} server refuses it, so the steps below read mail through the provider's sign-in.`
        : works.length < 3
          ? `An app password works here only for ${works.map((p) => p.toUpperCase()).join(' and ')}.`
          : 'An app password still works, but signing in with the provider is safer.';
  const headlines = headlineNotes(provider).map((n) => n.text);
  // Where the app password only sends, the steps themselves say where the client signs in.
  const sendOnly = works.length === 1 && works[0] === 'smtp';
  return [provider.oauth2.advice, ...headlines, passwordUse, ...(sendOnly ? [] : [SIGN_IN_HINT[client]])].join(' ');
}

/** True when the provider's app passwords sign in only for sending (Microsoft 365: SMTP, not IMAP or POP). */
export function sendsOnly(provider: Provider | undefined, settings: AccountSettings): boolean {
  if (provider === undefined) return false;
  const works = provider.appPasswords.worksFor;
  return works.includes('smtp') && !works.includes(settings.incoming.protocol);
}

/**
 * A step list for one client with the account's real values filled in. Where the app password only
 * sends (Microsoft 365), every client reads mail with the provider's sign-in and the app password
 * goes to the outgoing server alone.
 */
export function buildGuide(client: GuideClient, settings: AccountSettings, provider?: Provider): Guide {
  const list = sendsOnly(provider, settings) && provider !== undefined ? sendOnlySteps(client, settings, provider.shortName) : steps(client, settings);
  return { client, title: TITLES[client], oauth2Note: oauth2Note(client, provider, settings.incoming), steps: list };
}
