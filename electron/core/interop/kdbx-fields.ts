/** Names of the custom string fields AppPass writes into KDBX entries (and reads back). */
export const KDBX_FIELDS = {
  id: 'AppPass-Id',
  provider: 'AppPass-Provider',
  label: 'AppPass-Label',
  /** JSON of the entry's server settings ({ imap?, smtp?, pop3? }). */
  servers: 'AppPass-Servers',
  /** JSON { created, updated, lastCopied, revoked, favourite, tags }: KDBX times have only whole seconds, and KeePassXC sorts tags. */
  meta: 'AppPass-Meta',
} as const;

/** The group AppPass puts its entries into. */
export const KDBX_GROUP = 'AppPass';

/** The separator in titles: "Gmail — iPhone Mail". */
export const TITLE_SEPARATOR = ' — ';
