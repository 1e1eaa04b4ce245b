import type { Guide, GuideClient, ProfileFile, ProfileFormat } from '../../../contract/calls/mail.ts';
import type { AccountSettings, Provider } from '../../../contract/calls/providers.ts';
import { AppError } from '../../errors/index.ts';
import { allProviders } from '../../providers/lookup.ts';
import { buildGuide } from './guides.ts';
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

/** Builds a setup file. The password goes in only with includePassword, and the result then carries a warning. */
export function makeProfile(format: ProfileFormat, settings: AccountSettings, options: ProfileOptions): ProfileFile {
  if (options.includePassword && (options.password === undefined || options.password === '')) {
    throw new AppError('USAGE', 'includePassword needs the password; leave it out to let the mail app ask for it.');
  }
  if (options.includePassword && format === 'thunderbird') {
    throw new AppError('USAGE', "Thunderbird's config-v1.1.xml never holds a password: it is served to every user of the domain.");
  }
  const password = options.includePassword ? options.password : undefined;
  const warning = password === undefined ? {} : { warning: PASSWORD_WARNING };
  const stem = safeFileStem(settings.email);
  switch (format) {
    case 'mobileconfig':
      return { fileName: `${stem}.mobileconfig`, mimeType: MOBILECONFIG_MIME, content: buildMobileconfig(settings, password), ...warning };
    case 'thunderbird':
      return { fileName: 'config-v1.1.xml', mimeType: THUNDERBIRD_MIME, content: buildThunderbirdConfig(settings) };
    case 'sheet-text':
      return { fileName: `${stem}-mail-settings.txt`, mimeType: 'text/plain', content: settingsSheetText(settings, password), ...warning };
    case 'sheet-json':
      return { fileName: `${stem}-mail-settings.json`, mimeType: 'application/json', content: settingsSheetJson(settings, password), ...warning };
  }
}

/** The guide for a client, with the OAuth2 note of the settings' provider (catalog or extra), its notes worded for `today`. */
export function guideFor(client: GuideClient, settings: AccountSettings, extra: readonly Provider[] = [], today?: string): Guide {
  const provider = settings.providerId === null ? undefined : allProviders(extra, today).find((p) => p.id === settings.providerId);
  return buildGuide(client, settings, provider);
}
