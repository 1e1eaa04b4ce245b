import type { CheckCategory } from '../../../contract/calls/mail.ts';

/** What each outcome means and what to do, in plain words. */
export const CHECK_ADVICE: Readonly<Record<CheckCategory, string>> = {
  OK: 'Signed in. This app password works with these settings.',
  AUTH_FAILED:
    'The server refused the user name or password. Check that you pasted the whole app password (not your account password) and the right user name; ' +
    'some providers also need IMAP/POP switched on in their web mail settings, and some no longer accept app passwords at all.',
  BASIC_AUTH_DISABLED:
    'The server no longer accepts passwords (basic authentication) for this account, app passwords included. ' +
    'Use a mail client that signs in with the provider (OAuth2), or ask the administrator whether SMTP AUTH can be enabled for this mailbox.',
  TLS_ERROR:
    'The secure connection failed: the server\'s certificate is not trusted or does not match the host name, or the security setting is wrong. ' +
    'Check the host name and whether the port needs SSL/TLS or STARTTLS; do not turn certificate checks off.',
  CONNECTION_REFUSED: 'Nothing answered on this host and port. Check the port number and the security setting, and whether a firewall blocks it.',
  DNS_FAILURE: 'The host name could not be found. Check its spelling and your internet connection.',
  TIMEOUT: 'The server did not answer in time. Check the port and security setting (SSL/TLS ports usually do not speak STARTTLS), your network, or try again later.',
};
