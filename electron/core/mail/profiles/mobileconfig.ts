import { randomUUID } from 'node:crypto';
import { build as buildPlist, type PlistValue } from 'plist';
import type { AccountSettings } from '../../../contract/calls/providers.ts';

export const MOBILECONFIG_MIME = 'application/x-apple-aspen-config';

/**
 * An Apple configuration profile with one com.apple.mail.managed payload. Fresh UUIDs every
 * time. The password goes in only when given (the caller decides, after warning the user);
 * otherwise the device asks for it when the profile is installed.
 */
export function buildMobileconfig(settings: AccountSettings, password?: string): string {
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
    OutgoingPasswordSameAsIncomingPassword: true,
  };
  if (password !== undefined) {
    mail['IncomingPassword'] = password;
    mail['OutgoingPassword'] = password;
  }
  const profile: Record<string, PlistValue> = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: idBase,
    PayloadUUID: randomUUID().toUpperCase(),
    PayloadDisplayName: `${settings.displayName} mail: ${email}`,
    PayloadDescription: 'Mail account settings made by AppPass.',
    PayloadOrganization: 'AppPass',
    PayloadRemovalDisallowed: false,
    PayloadContent: [mail],
  };
  return buildPlist(profile);
}
