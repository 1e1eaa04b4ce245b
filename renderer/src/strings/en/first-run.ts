/** The words of the UI: firstRun, strength, unlock, openFile. Part of `en` (../en.ts); nothing here ever receives a secret. */

export const firstRun = {
  title: 'Create your vault',
  intro: 'Your app passwords are encrypted with a key made from your master password. AppPass cannot recover it if you forget it.',
  password: 'Master password',
  confirm: 'Confirm master password',
  create: 'Create vault',
  mismatch: 'The two passwords are not the same.',
  tooShort: (min: number) => `Use at least ${min} characters.`,
  tooWeak: 'This password is too easy to guess. Add words or characters until the meter shows “Good” or better.',
  otherOptions: 'Other options',
  openExisting: 'Open an existing vault file',
  importFile: 'Import from KeePass, Bitwarden or CSV',
  importAfter: 'Import from KeePass, Bitwarden or CSV right after creating the vault',
  importLater: 'You can also import later: Settings → Import.',
  openExistingToggle: 'Open an existing vault file…',
  vaultPath: (path: string) => `The vault will be saved at ${path}`,
} as const;

export const strength = {
  label: 'Strength',
  levels: ['Very weak', 'Weak', 'Fair', 'Good', 'Strong'] as const,
  empty: 'Type a password to see its strength.',
  crackTime: (log10: number) => `About 10^${Math.round(log10)} guesses to crack.`,
} as const;

export const unlock = {
  title: 'Unlock your vault',
  password: 'Master password',
  unlock: 'Unlock',
  keychain: 'Unlock with system keychain',
  vaultAt: (path: string) => `Vault: ${path}`,
  openAnother: 'Open another vault file…',
} as const;

export const openFile = {
  title: 'Open an existing vault file',
  intro: 'Open an AppPass vault (.apppass) kept elsewhere, such as a synced folder or a backup drive. The file stays where it is, and AppPass opens it again next time.',
  path: 'Vault file path',
  pathHint: 'The full path, for example /home/you/Documents/vault.apppass or C:\\Users\\you\\vault.apppass.',
  browse: 'Browse…',
  open: 'Open',
  opening: 'Checking the vault file…',
  current: (path: string) => `Current vault file: ${path}`,
  emptyPath: 'Type the full path of the vault file, or choose Browse….',
} as const;
