import type { ErrorCode } from '../../../../electron/contract/index.ts';

/** Words for each stable error code: what happened, and what to do. */
export const errorWords: Record<ErrorCode, { title: string; advice: string }> = {
  USAGE: { title: 'That request was not understood', advice: 'Check the values you entered and try again.' },
  VALIDATION: { title: 'Some values are not valid', advice: 'Check the highlighted fields and try again.' },
  INTERNAL: { title: 'Something went wrong inside AppPass', advice: 'Try again. If it keeps happening, restart AppPass; your vault is not changed.' },
  NOT_FOUND: { title: 'Not found', advice: 'It may have been removed or moved. Reload the list and try again.' },
  IO_ERROR: { title: 'The file could not be read or written', advice: 'Check that the folder exists, that there is free disk space, and that you may write there.' },
  WRONG_PASSWORD: { title: 'Wrong master password', advice: 'Check Caps Lock and the keyboard layout, then type it again.' },
  VAULT_CORRUPT: { title: 'The vault file is damaged', advice: 'Restore it from its backup in Settings, or open another vault file.' },
  VAULT_TAMPERED: { title: 'The vault file was changed outside AppPass', advice: 'Its integrity check failed, so it was not opened. Restore it from its backup.' },
  UNSUPPORTED_VERSION: { title: 'This vault was made by a newer AppPass', advice: 'Update AppPass to open it.' },
  KDF_PARAMS_OUT_OF_RANGE: { title: 'The vault asks for unsafe key settings', advice: 'It was refused to protect you: its key settings are too weak or too large. Restore it from its backup.' },
  EXTERNAL_CHANGE: { title: 'Another program changed the vault', advice: 'Your change was not saved, so nothing was overwritten. Lock and unlock to load the newer file, then make the change again.' },
  LOCKED: { title: 'The vault is locked', advice: 'Unlock it with your master password.' },
  VAULT_EXISTS: { title: 'A vault already exists here', advice: 'Open it instead, or choose another file.' },
  NO_BACKUP: { title: 'There is no backup to restore', advice: 'A backup is made on the first save after opening.' },
  KEYCHAIN_UNAVAILABLE: { title: 'The system keychain is not available', advice: 'Unlock with your master password. Quick unlock needs a running, unlocked system keychain.' },
  KEYCHAIN_MISMATCH: { title: 'The keychain holds a key for another vault', advice: 'Unlock with your master password, then turn quick unlock off and on again in Settings.' },
  MASTER_PASSWORD_REQUIRED: { title: 'Your master password is needed', advice: 'Type your master password to continue.' },
  PATTERN_INVALID: { title: 'The pattern is not valid', advice: 'Use l, u, d, s, a, A placeholders, {n} to repeat, [..] for a set and \\ to escape.' },
  GENERATOR_OPTIONS_INVALID: { title: 'Those generator settings cannot work', advice: 'Turn on at least one kind of character, or change the length.' },
  DISCOVERY_FAILED: { title: 'The mail settings could not be found', advice: 'Choose the provider yourself, or enter the server names your provider gives.' },
  AUTOCONFIG_INVALID: { title: 'The provider published broken mail settings', advice: 'Choose the provider yourself, or enter the server names by hand.' },
  UNKNOWN_PROVIDER: { title: 'That provider is not known', advice: 'Choose one from the list, or “Other”.' },
  CATALOG_INVALID: { title: 'That is not a provider catalog AppPass can read', advice: 'The catalog in use was kept. Check that you chose the catalog file itself, not its .minisig signature.' },
  CATALOG_SIGNATURE_INVALID: { title: 'The catalog’s signature does not check out', advice: 'It was refused and the catalog in use was kept. Download the catalog and its .minisig file again from the same place.' },
  CATALOG_ROLLBACK: { title: 'That catalog is not newer than the one in use', advice: 'Nothing was changed. Older catalogs are refused so that nobody can bring back outdated facts.' },
  CATALOG_EXPIRED: { title: 'That catalog has expired', advice: 'It was refused and the catalog in use was kept. Look for a newer release of the catalog.' },
  CATALOG_FETCH_FAILED: { title: 'The catalog could not be downloaded or read', advice: 'Check the address or file and your connection, then try again. Nothing was changed.' },
  IMPORT_INVALID: { title: 'The file could not be imported', advice: 'Check that it is a KeePass (KDBX 4), Bitwarden JSON or CSV export.' },
  IMPORT_WRONG_PASSWORD: { title: 'Wrong password for the imported file', advice: 'Type the password of the file you are importing, not your AppPass master password.' },
  CLIPBOARD_UNAVAILABLE: { title: 'The clipboard is not available here', advice: 'Reveal the password and copy it by hand, or use the desktop app.' },
  LINK_NOT_ALLOWED: { title: 'That link was not opened', advice: 'AppPass opens only the providers’ own pages and its documentation. Copy the address if you trust it.' },
  IMPORT_TOO_LARGE: { title: 'The file is too large to import', advice: 'Split it into smaller exports and import them one by one.' },
  AGENT_UNAVAILABLE: { title: 'The agent is not running', advice: 'Turn it on in Settings and keep the vault unlocked, or start `apppass agent`.' },
  AGENT_PROTOCOL: { title: 'The agent and the command are different versions', advice: 'Restart AppPass (or `apppass agent`) after an update.' },
  AGENT_BAD_REQUEST: { title: 'The agent did not understand the request', advice: 'Use `apppass get`; other programs must follow the protocol in docs/cli.md.' },
  AGENT_DENIED: { title: 'The program was not allowed', advice: 'Run the command again and choose Allow when AppPass asks.' },
  AMBIGUOUS: { title: 'Several entries match', advice: 'Name the entry by its id, or as account/label.' },
  NOT_A_COPY: { title: 'That file is another vault', advice: 'Only copies of this vault (the same vault id) are merged. Open the other vault to use it.' },
  COPY_PASSWORD_REQUIRED: { title: 'The vault uses another master password now', advice: 'It was changed on another computer. Your change is kept here, not saved yet: enter the newer password when the merge report asks for it (within a minute), and both are merged under the newer password.' },
};

/** Words for the errors of opening another vault file (vault.openFile), where the general words would mislead. */
export const openFileErrorWords: Partial<Record<ErrorCode, { title: string; advice: string }>> = {
  NOT_FOUND: { title: 'There is no file at that path', advice: 'Check the spelling and the folder, or use Browse… to find the file. To start afresh, create a new vault instead.' },
  USAGE: { title: 'That is not a full path', advice: 'Type the whole path from the top folder, starting with / (or a drive letter such as C:\\ on Windows).' },
  VAULT_CORRUPT: { title: 'That file is not an AppPass vault, or it is damaged', advice: 'Choose the .apppass file itself. If it is damaged, open its backup (the same name ending in .bak) instead. Nothing was changed.' },
  UNSUPPORTED_VERSION: { title: 'That vault was made by a newer AppPass', advice: 'Update AppPass on this computer, then open it again. Nothing was changed.' },
  KDF_PARAMS_OUT_OF_RANGE: { title: 'That vault asks for unsafe key settings', advice: 'It was not opened, to protect you: its key settings are too weak or too large. Open its backup instead. Nothing was changed.' },
  IO_ERROR: { title: 'That file could not be read', advice: 'Choose a file, not a folder, and check that you may read it. Nothing was changed.' },
};

/** Words for an error's `details.reason` where it says more than its code (ErrorNote prefers them). */
export const reasonWords: Readonly<Record<string, { title: string; advice: string }>> = {
  'export-password-mismatch': {
    title: 'The two file passwords are not the same',
    advice: 'Type the same password in both fields. Nothing was exported.',
  },
  'in-use': {
    title: 'Another AppPass agent is already running',
    advice: 'Only one agent can serve programs at a time. Stop the other one (another AppPass or an agent started in a terminal), then turn this one on again.',
  },
  'kdf-differs-from-backup': {
    title: 'Wrong password, or the file’s key-derivation settings were changed',
    advice: 'Its settings differ from those in its backup. If you did not re-calibrate or change the password since the last save, someone may have changed the file: restore the backup. Otherwise check Caps Lock and type the password again.',
  },
};

/** The open vault's key-derivation settings are below the recommended minimum (L8). */
export const kdfWarning = {
  title: 'This vault is easier to guess than AppPass recommends.',
  advice: 'Its key-derivation settings are below the recommended minimum (a script may have made it with low --kdf-* values), so a stolen copy costs an attacker less per guess. Open Settings → Re-calibrate to raise them.',
};

/** The browser host opens typed paths only inside the folder of the vault it was started with (H2). */
export const outsideFolderWords = {
  title: 'This window opens vault files only from its own folder',
  advice: 'Move or copy the vault into the folder of the current vault file, or start AppPass with APPPASS_VAULT set to the file you want. Nothing was changed.',
};
