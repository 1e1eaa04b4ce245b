/** The words of the UI: quickSearch. Part of `en` (../en.ts); nothing here ever receives a secret. */

export const quickSearch = {
  title: 'Quick search',
  placeholder: 'Search app passwords',
  results: 'Matching app passwords',
  hint: '↑ ↓ to choose · Enter copies the password · Shift+Enter the account · Esc closes',
  empty: 'No app passwords yet.',
  noMatch: 'Nothing matches.',
  locked: 'The vault is locked. Unlock it here with your master password.',
  masterPassword: 'Master password',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  accountCopied: 'Account copied.',
  copied: 'Copied.',
  copiedClears: 'Copied — clears in {seconds} s',
} as const;
