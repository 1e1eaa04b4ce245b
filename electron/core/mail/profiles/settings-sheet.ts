import type { AccountSettings, ResolvedServer } from '../../../contract/calls/providers.ts';
import { SECURITY_LABEL, protocolLabel } from './labels.ts';

export interface SettingsSheetJson {
  format: 'apppass-mail-settings';
  version: 1;
  email: string;
  provider: string;
  incoming: ResolvedServer;
  outgoing: ResolvedServer;
  /** Present only when the user asked for it. */
  password?: string;
}

export function settingsSheetJson(settings: AccountSettings, password?: string): string {
  const sheet: SettingsSheetJson = {
    format: 'apppass-mail-settings',
    version: 1,
    email: settings.email,
    provider: settings.displayName,
    incoming: settings.incoming,
    outgoing: settings.outgoing,
    ...(password === undefined ? {} : { password }),
  };
  return `${JSON.stringify(sheet, null, 2)}\n`;
}

function block(title: string, s: ResolvedServer): string[] {
  return [`${title} (${protocolLabel(s)})`, `  Server:    ${s.host}`, `  Port:      ${s.port}`, `  Security:  ${SECURITY_LABEL[s.security]}`, `  User name: ${s.username}`, '  Password:  your app password'];
}

export function settingsSheetText(settings: AccountSettings, password?: string): string {
  const lines = [
    `Mail settings for ${settings.email} (${settings.displayName})`,
    '',
    ...block('Incoming mail', settings.incoming),
    '',
    ...block('Outgoing mail', settings.outgoing),
    '',
    password === undefined ? 'The password is not in this sheet: use the app password stored in AppPass.' : `App password: ${password}`,
  ];
  return `${lines.join('\n')}\n`;
}
