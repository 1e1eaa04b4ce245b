import { randomUUID } from 'node:crypto';
import { build as buildPlist, type PlistValue } from 'plist';
import type { AccountSettings } from '../../../contract/calls/providers.ts';

export const MOBILECONFIG_MIME = 'application/x-apple-aspen-config';

/**
 * For a provider whose app passwords only send (Microsoft 365): the words the profile shows when it
 * is installed (what the app password is for, and the provider's headline notes worded for today).
 */
export interface SendOnly {
  description: string;
}

/**
 * An Apple configuration profile with one com.apple.mail.managed payload. Fresh UUIDs every
 * time. The password goes in only when given (the caller decides, after warning the user);
 * otherwise the device asks for it when the profile is installed. With `sendOnly`, the app
 * password is the outgoing (SMTP) server's alone: never the incoming server's, never "same as
 * incoming", and the profile's description says how to read mail instead.
 */
export function buildMobileconfig(settings: AccountSettings, password?: string, sendOnly?: SendOnly): string {
  const { email, incoming, outgoing } = settings;
  const idBase = `app.apppass.mail.${email.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const mail: Record<string, PlistValue> = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: `${idBase}.account`,
    PayloadUUID: randomUUID().toUpperCase(),
    PayloadDisplayName: `${settings.displayName} mail (${email})`,
    EmailAccountType: incoming.protocol === 'pop3' ? 'EmailTypePOP' : 'EmailTypeIMAP',
    EmailAccountDescription: `${settings.displayName} (${email})`,
    EmailAccountName: email,
    EmailAddress: email,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    IncomingMailServerUseSSL: incoming.security !== 'none',
    IncomingMailServerAuthentication: 'EmailAuthPassword',
    IncomingMailServerUsername: incoming.username,
    OutgoingMailServerHostName: outgoing.host,
    OutgoingMailServerPortNumber: outgoing.port,
    OutgoingMailServerUseSSL: outgoing.security !== 'none',
    OutgoingMailServerAuthentication: 'EmailAuthPassword',
    OutgoingMailServerUsername: outgoing.username,
    OutgoingPasswordSameAsIncomingPassword: sendOnly === undefined,
  };
  if (password !== undefined) {
    if (sendOnly === undefined) mail['IncomingPassword'] = password;
    mail['OutgoingPassword'] = password;
  }
  const profile: Record<string, PlistValue> = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: idBase,
    PayloadUUID: randomUUID().toUpperCase(),
    PayloadDisplayName: `${settings.displayName} mail: ${email}`,
    PayloadDescription: sendOnly === undefined ? 'Mail account settings made by AppPass.' : `Mail account settings made by AppPass. ${sendOnly.description}`,
    PayloadOrganization: 'AppPass',
    PayloadRemovalDisallowed: false,
    PayloadContent: [mail],
  };
  return buildPlist(profile);
}
