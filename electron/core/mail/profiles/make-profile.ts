import type { Guide, GuideClient, ProfileFile, ProfileFormat } from '../../../contract/calls/mail.ts';
import type { AccountSettings, Provider } from '../../../contract/calls/providers.ts';
import { AppError } from '../../errors/index.ts';
import { headlineNotes } from '../../providers/dated-notes.ts';
import { allProviders } from '../../providers/lookup.ts';
import { buildGuide, sendsOnly } from './guides.ts';
import { safeFileStem } from './labels.ts';
import { MOBILECONFIG_MIME, buildMobileconfig } from './mobileconfig.ts';
import { settingsSheetJson, settingsSheetText } from './settings-sheet.ts';
import { THUNDERBIRD_MIME, buildThunderbirdConfig } from './thunderbird-xml.ts';

export const PASSWORD_WARNING =
  'This file holds the app password in plain text. Anyone who gets the file can read and send your mail: ' +
  'send it only over a channel you trust, install it, then delete it.';

export interface ProfileOptions {
  includePassword: boolean;
  /** Needed (and only used) when includePassword is true. */
  password?: string;
}

/** What an Apple profile says on install when the app password only sends: the provider's advice and its headline notes, worded for today. */
function sendOnlyDescription(provider: Provider): string {
  const headlines = headlineNotes(provider).map((n) => n.text);
  return [`The app password here is for sending (SMTP) only: ${provider.shortName} refuses it for reading mail.`, provider.oauth2.advice, ...headlines].join(' ');
}

/**
 * Builds a setup file. The password goes in only with includePassword, and the result then carries a
 * warning. With the settings' provider given and its app passwords only sending (Microsoft 365), the
 * files use the app password for SMTP alone (Thunderbird: OAuth2 for incoming).
 */
export function makeProfile(format: ProfileFormat, settings: AccountSettings, options: ProfileOptions, provider?: Provider): ProfileFile {
  if (options.includePassword && (options.password === undefined || options.password === '')) {
    throw new AppError('USAGE', 'includePassword needs the password; leave it out to let the mail app ask for it.');
  }
  if (options.includePassword && format === 'thunderbird') {
    throw new AppError('USAGE', "Thunderbird's config-v1.1.xml never holds a password: it is served to every user of the domain.");
  }
  const password = options.includePassword ? options.password : undefined;
  const warning = password === undefined ? {} : { warning: PASSWORD_WARNING };
  const stem = safeFileStem(settings.email);
  const sendOnly = provider !== undefined && sendsOnly(provider, settings) ? provider : undefined;
  switch (format) {
    case 'mobileconfig': {
      const content = buildMobileconfig(settings, password, sendOnly === undefined ? undefined : { description: sendOnlyDescription(sendOnly) });
      return { fileName: `${stem}.mobileconfig`, mimeType: MOBILECONFIG_MIME, content, ...warning };
    }
    case 'thunderbird':
      return { fileName: 'config-v1.1.xml', mimeType: THUNDERBIRD_MIME, content: buildThunderbirdConfig(settings, sendOnly !== undefined) };
    case 'sheet-text':
      return { fileName: `${stem}-mail-settings.txt`, mimeType: 'text/plain', content: settingsSheetText(settings, password), ...warning };
    case 'sheet-json':
      return { fileName: `${stem}-mail-settings.json`, mimeType: 'application/json', content: settingsSheetJson(settings, password), ...warning };
  }
}

/** The settings' provider (catalog or extra) with its notes worded for `today`, if it is known. */
function providerOf(settings: AccountSettings, extra: readonly Provider[], today?: string): Provider | undefined {
  return settings.providerId === null ? undefined : allProviders(extra, today).find((p) => p.id === settings.providerId);
}

/** The guide for a client, with the OAuth2 note of the settings' provider (catalog or extra), its notes worded for `today`. */
export function guideFor(client: GuideClient, settings: AccountSettings, extra: readonly Provider[] = [], today?: string): Guide {
  return buildGuide(client, settings, providerOf(settings, extra, today));
}

/** makeProfile with the settings' provider looked up (catalog or extra), its notes worded for `today`. */
export function profileFor(format: ProfileFormat, settings: AccountSettings, options: ProfileOptions, extra: readonly Provider[] = [], today?: string): ProfileFile {
  return makeProfile(format, settings, options, providerOf(settings, extra, today));
}
